package org.junto.api.mastodon;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Mastodon's MutedAccount: an Account entity with the time its mute ends ({@code null} for an indefinite mute). */
public record MutedAccountEntity(@JsonUnwrapped AccountEntity account, String muteExpiresAt) {}
