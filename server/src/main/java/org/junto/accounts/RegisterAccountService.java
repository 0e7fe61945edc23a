package org.junto.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs a person up: checks the rules Mastodon applies to usernames, e-mail and passwords, then stores both rows. */
@Service
public class RegisterAccountService {
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
        List<FieldError> problems = problems(r);
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
    }

    /** One thing wrong with a sign-up, in Mastodon's terms: the field, an {@code ERR_…} code and a phrase. */
    public record FieldError(String field, String code, String description) {
        /** "Username is already taken". */
        public String message() {
            String name = field.replace('_', ' ');
            return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + description;
        }
    }

    /** A sign-up refused for one or more reasons; the API reports them all in Mastodon's {@code details}. */
    public static final class InvalidRegistration extends JuntoException {
        private final transient List<FieldError> problems;

        public InvalidRegistration(List<FieldError> problems) {
            super(
                    Kind.UNPROCESSABLE,
                    "Validation failed: "
                            + String.join(
                                    ", ",
                                    problems.stream().map(FieldError::message).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<FieldError> problems() {
            return problems;
        }
    }

    /** Everything wrong with {@code r}, so a form or client can show all problems at once; empty if none. */
    public List<FieldError> problems(Registration r) {
        List<FieldError> problems = new ArrayList<>();
        String username = r.username() == null ? "" : r.username();
        if (username.isBlank()) {
            problems.add(new FieldError("username", "ERR_BLANK", "can't be blank"));
        } else if (username.length() > 30) {
            problems.add(new FieldError("username", "ERR_TOO_LONG", "is too long (maximum is 30 characters)"));
        } else if (!Accounts.USERNAME.matcher(username).matches()) {
            problems.add(
                    new FieldError("username", "ERR_INVALID", "must contain only letters, numbers and underscores"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldError("username", "ERR_TAKEN", "is already taken"));
        }
        String email = r.email() == null ? "" : r.email().trim();
        if (email.isEmpty()) {
            problems.add(new FieldError("email", "ERR_BLANK", "can't be blank"));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new FieldError("email", "ERR_INVALID", "is invalid"));
        } else if (users.emailTaken(email)) {
            problems.add(new FieldError("email", "ERR_TAKEN", "is already taken"));
        }
        String password = r.password() == null ? "" : r.password();
        if (password.isEmpty()) {
            problems.add(new FieldError("password", "ERR_BLANK", "can't be blank"));
        } else if (password.length() < Passwords.MIN_LENGTH) {
            problems.add(new FieldError("password", "ERR_TOO_SHORT", "is too short (minimum is 8 characters)"));
        } else if (password.length() > Passwords.MAX_LENGTH) {
            problems.add(new FieldError("password", "ERR_TOO_LONG", "is too long (maximum is 72 characters)"));
        }
        return problems;
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
