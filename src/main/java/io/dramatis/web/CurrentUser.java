package io.dramatis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.dramatis.admin.Accounts;
import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Who is signed in, for the pages' header: {@code {inject:user.name}}. A page rendered where the
 * identity cannot be resolved (an error page on the I/O thread) shows the visitor as anonymous.
 */
@RequestScoped
@Named("user")
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !resolved().isAnonymous();
    }

    public String name() {
        return signedIn() ? resolved().getPrincipal().getName() : "";
    }

    public boolean operator() {
        return signedIn() && resolved().hasRole(Accounts.OPERATOR);
    }

    private SecurityIdentity resolved() {
        try {
            identity.isAnonymous();
            return identity;
        } catch (BlockingOperationNotAllowedException e) {
            return ANONYMOUS;
        }
    }

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
}
