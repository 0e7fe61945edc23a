package org.junto.accounts;

import java.time.Instant;
import java.util.Optional;
import org.junto.core.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts the server itself posts as, such as the actions bot that explains a refused action in a reply (Mastodon
 * clients show a reply that mentions you, and drop notification types they do not know). Made on first use as bot
 * accounts no one can sign in to (the password hash matches no password), under the first free username.
 */
@Component
public class SystemAccounts {
    private final Accounts accounts;
    private final JdbcClient db;

    SystemAccounts(Accounts accounts, JdbcClient db) {
        this.accounts = accounts;
        this.db = db;
    }

    /** The account id of the system account {@code name}, made with the preferred {@code username} if needed. */
    public long idOf(String name, String username, String displayName) {
        Optional<Long> existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        String free = username;
        for (int i = 2; accounts.usernameTaken(free); i++) {
            free = username + i;
        }
        long id = Ids.next();
        Instant now = Instant.now();
        accounts.insert(id, free, displayName, now);
        db.sql("UPDATE accounts SET bot = 1, discoverable = 0, actor_type = 'Service' WHERE id = ?")
                .param(id)
                .update();
        db.sql("INSERT INTO users (account_id, email, email_lower, password_hash, role, approved, locale,"
                        + " created_at) VALUES (?, ?, ?, '!', 'user', 1, 'en', ?)")
                .params(id, free + "@system.invalid", free + "@system.invalid", now.toEpochMilli())
                .update();
        db.sql("INSERT INTO system_accounts (name, account_id) VALUES (?, ?)")
                .params(name, id)
                .update();
        return id;
    }

    public Optional<Long> find(String name) {
        return db.sql("SELECT account_id FROM system_accounts WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }
}
