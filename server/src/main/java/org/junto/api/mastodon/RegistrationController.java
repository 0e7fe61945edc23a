package org.junto.api.mastodon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junto.accounts.AppSignUpService;
import org.junto.accounts.RegisterAccountService;
import org.junto.accounts.RegisterAccountService.FieldError;
import org.junto.accounts.RegisterAccountService.InvalidRegistration;
import org.junto.accounts.RegistrationMode;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/accounts}: an app (client credentials token with {@code write:accounts}) signs a person up
 * and gets a token for the new account. Validation errors carry Mastodon's {@code details} by field.
 */
@RestController
class RegistrationController {
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private final RegisterAccountService registration;
    private final AppSignUpService signUp;

    RegistrationController(RegisterAccountService registration, AppSignUpService signUp) {
        this.registration = registration;
        this.signUp = signUp;
    }

    @PostMapping("/api/v1/accounts")
    TokenEntity register(ApiParams params, Caller caller) {
        if (caller.isAnonymous()) {
            throw JuntoException.unauthorized("The access token is invalid");
        }
        caller.requireScope("write:accounts");
        if (caller.hasUser() || caller.appId() == null) {
            throw JuntoException.forbidden("This action is not allowed");
        }
        if (registration.mode() == RegistrationMode.CLOSED) {
            throw JuntoException.forbidden("Registrations are closed on this server");
        }
        String locale = params.get("locale");
        RegisterAccountService.Registration r = new RegisterAccountService.Registration(
                params.get("username"),
                params.get("email"),
                params.get("password"),
                locale != null && LOCALE.matcher(locale).matches() ? locale : "en",
                params.get("reason"));
        List<FieldError> problems = new ArrayList<>(registration.problems(r));
        if (!params.bool("agreement", false)) {
            problems.add(new FieldError("agreement", "ERR_ACCEPTED", "must be accepted"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return TokenEntity.of(signUp.signUp(r, caller.appId(), caller.scopes()));
    }

    @ExceptionHandler(InvalidRegistration.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRegistration e) {
        Map<String, List<Map<String, String>>> details = new LinkedHashMap<>();
        for (FieldError problem : e.problems()) {
            details.computeIfAbsent(problem.field(), k -> new ArrayList<>())
                    .add(Map.of("error", problem.code(), "description", problem.description()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("details", details);
        return ResponseEntity.status(422).body(body);
    }
}
