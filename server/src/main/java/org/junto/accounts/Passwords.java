package org.junto.accounts;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Argon2id hashing with Spring Security's current recommended parameters. */
@Component
public class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72;
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    public String hash(String raw) {
        return encoder.encode(raw);
    }

    public boolean matches(String raw, String hash) {
        return raw != null && hash != null && encoder.matches(raw, hash);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }
}
