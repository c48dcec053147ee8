package io.dramatis.admin;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may sign in. Passwords are configured as bcrypt hashes only, for example
 * {@code DRAMATIS_SECURITY_USERS_ALICE_PASSWORD_HASH='$2a$12$...'} and
 * {@code DRAMATIS_SECURITY_USERS_ALICE_ROLES=operator}.
 */
@ConfigMapping(prefix = "dramatis.security")
public interface SecurityConfig {

    Map<String, User> users();

    /**
     * With no user configured, creates one operator with a random password on the first start,
     * logs the password once and keeps its hash in the data folder: a single-machine setup can
     * import without configuring anything.
     */
    @WithDefault("true")
    boolean initialOperator();

    interface User {

        /** The bcrypt hash ({@code $2a$}/{@code $2b$}/{@code $2y$}) of the password. */
        String passwordHash();

        /** {@code reader} (may search when searching needs sign-in) and/or {@code operator} (may change things). */
        @WithDefault("reader")
        List<String> roles();
    }
}
