package io.dramatis.admin;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** Signs users in (form or HTTP basic) against the configured accounts. */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Accounts accounts;

    AccountIdentityProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is slow on purpose: off the event loop.
        return context.runBlocking(() -> {
            String password = new String(request.getPassword().getPassword());
            return accounts.find(request.getUsername())
                    .filter(account -> Accounts.matches(password, account.passwordHash()))
                    .map(Accounts.Account::identity)
                    .orElseThrow(AuthenticationFailedException::new);
        });
    }
}
