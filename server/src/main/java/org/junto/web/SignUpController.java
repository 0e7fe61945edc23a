package org.junto.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.RegisterAccountService;
import org.junto.accounts.RegisterAccountService.FieldError;
import org.junto.accounts.RegisterAccountService.InvalidRegistration;
import org.junto.accounts.RegisterAccountService.Registration;
import org.junto.accounts.RegistrationMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-up form, obeying the registration mode: open, open pending approval, or closed. */
@Controller
class SignUpController {
    private final RegisterAccountService registration;

    SignUpController(RegisterAccountService registration) {
        this.registration = registration;
    }

    @GetMapping("/auth/sign_up")
    String form(Model model) {
        model.addAttribute("form", new Registration("", "", "", "en", ""));
        model.addAttribute("errors", Map.of());
        return "auth/sign_up";
    }

    @PostMapping("/auth/sign_up")
    String submit(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String agreement,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        if (registration.mode() == RegistrationMode.CLOSED) {
            response.setStatus(403);
            return form(model);
        }
        Registration form = new Registration(username.strip(), email.strip(), password, "en", reason.strip());
        List<FieldError> problems = new ArrayList<>(registration.problems(form));
        if (agreement == null) {
            problems.add(new FieldError("agreement", "ERR_ACCEPTED", "must be accepted"));
        }
        if (problems.isEmpty()) {
            try {
                registration.signUp(form);
                if (registration.mode() == RegistrationMode.APPROVAL) {
                    return "auth/sign_up_pending";
                }
                return "redirect:/auth/sign_in?registered";
            } catch (InvalidRegistration e) {
                problems = e.problems();
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        response.setStatus(422);
        model.addAttribute("form", new Registration(form.username(), form.email(), "", "en", form.reason()));
        model.addAttribute("errors", errors);
        return "auth/sign_up";
    }
}
