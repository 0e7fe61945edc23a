package org.junto.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/v1/accounts}: an app signs a person up and receives a token for the new account, carrying the
 * scopes of the app token that asked. The registration mode applies as for any visitor.
 */
@Service
public class AppSignUpService {
    private final RegisterAccountService registration;
    private final OAuthTokens tokens;

    AppSignUpService(RegisterAccountService registration, OAuthTokens tokens) {
        this.registration = registration;
        this.tokens = tokens;
    }

    @Transactional
    public OAuthTokens.Issued signUp(RegisterAccountService.Registration request, long appId, Scopes scopes) {
        Account account = registration.signUp(request);
        return tokens.issue(appId, account.id(), scopes);
    }
}
