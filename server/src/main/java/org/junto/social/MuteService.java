package org.junto.social;

import java.time.Duration;
import java.time.Instant;
import org.junto.accounts.Accounts;
import org.junto.core.JuntoException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutes and unmutes. A mute hides the account's posts and boosts from the muter's timelines and, unless asked not to,
 * its notifications; it may last a number of seconds, after which it no longer applies anywhere.
 */
@Service
public class MuteService {
    private final Accounts accounts;
    private final Mutes mutes;

    MuteService(Accounts accounts, Mutes mutes) {
        this.accounts = accounts;
        this.mutes = mutes;
    }

    @Transactional
    public void mute(long muterId, long targetId, boolean hideNotifications, long durationSeconds) {
        accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        if (muterId == targetId) {
            throw JuntoException.forbidden("This action is not allowed");
        }
        if (durationSeconds < 0) {
            throw JuntoException.invalid("Validation failed: Duration must be zero or more seconds");
        }
        Instant expiresAt = durationSeconds == 0 ? null : Instant.now().plus(Duration.ofSeconds(durationSeconds));
        mutes.upsert(muterId, targetId, hideNotifications, expiresAt);
    }

    @Transactional
    public void unmute(long muterId, long targetId) {
        accounts.byId(targetId).orElseThrow(JuntoException::notFound);
        mutes.delete(muterId, targetId);
    }
}
