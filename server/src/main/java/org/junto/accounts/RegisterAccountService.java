package org.junto.accounts;

import java.time.Instant;
import java.util.regex.Pattern;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs a person up: checks the rules Mastodon applies to usernames, e-mail and passwords, then stores both rows. */
@Service
public class RegisterAccountService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final Accounts accounts;
    private final Users users;
    private final Passwords passwords;
    private final RegistrationMode mode;

    RegisterAccountService(
            Accounts accounts, Users users, Passwords passwords, @Value("${junto.registrations}") String mode) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.mode = RegistrationMode.parse(mode);
    }

    public record Registration(String username, String email, String password, String locale, String reason) {}

    public RegistrationMode mode() {
        return mode;
    }

    /** A sign-up by a visitor: obeys the registration mode. */
    @Transactional
    public Account signUp(Registration r) {
        if (mode == RegistrationMode.CLOSED) {
            throw JuntoException.forbidden("Registrations are closed on this server");
        }
        return create(r, "user", mode == RegistrationMode.OPEN);
    }

    /** An account made by an operator (command line): always approved. */
    @Transactional
    public Account createByOperator(Registration r, boolean admin) {
        return create(r, admin ? "admin" : "user", true);
    }

    private Account create(Registration r, String role, boolean approved) {
        validate(r);
        long id = Ids.next();
        Instant now = Instant.now();
        accounts.insert(id, r.username(), "", now);
        String locale = r.locale() == null || r.locale().isBlank() ? "en" : r.locale();
        users.insert(id, r.email().trim(), passwords.hash(r.password()), role, approved, locale, r.reason(), now);
        return accounts.byId(id).orElseThrow();
    }

    private void validate(Registration r) {
        if (r.username() == null || !USERNAME.matcher(r.username()).matches()) {
            throw JuntoException.invalid(
                    "Validation failed: Username must contain only letters, numbers and underscores (at most 30)");
        }
        if (accounts.usernameTaken(r.username())) {
            throw JuntoException.invalid("Validation failed: Username is already taken");
        }
        if (r.email() == null || !EMAIL.matcher(r.email().trim()).matches()) {
            throw JuntoException.invalid("Validation failed: Email is invalid");
        }
        if (users.emailTaken(r.email().trim())) {
            throw JuntoException.invalid("Validation failed: Email is already taken");
        }
        checkPassword(r.password());
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw JuntoException.invalid("Validation failed: Password is too short (minimum is 8 characters)");
        }
        if (password.length() > Passwords.MAX_LENGTH) {
            throw JuntoException.invalid("Validation failed: Password is too long (maximum is 72 characters)");
        }
    }
}
