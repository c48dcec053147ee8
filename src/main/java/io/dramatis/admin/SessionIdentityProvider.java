package io.dramatis.admin;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Restores a signed-in user from their session cookie (which Quarkus encrypts, so it can be
 * trusted): the account must still exist, and its current roles apply.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final Accounts accounts;

    SessionIdentityProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return accounts.find(request.getPrincipal())
                .map(account -> Uni.createFrom().item(account.identity()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
    }
}
