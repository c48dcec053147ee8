package io.dramatis.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The accounts that may sign in, and the check of their passwords against bcrypt hashes. */
@ApplicationScoped
public class Accounts {

    public static final String OPERATOR = "operator";
    public static final String READER = "reader";

    private static final Logger LOG = Logger.getLogger(Accounts.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A user: their name, password hash and roles. */
    public record Account(String name, String passwordHash, Set<String> roles) {

        /** Who this account is to Quarkus security: its name and its current roles. */
        SecurityIdentity identity() {
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRoles(roles).build();
        }
    }

    private final Map<String, Account> accounts = new HashMap<>();

    Accounts(SecurityConfig config, @ConfigProperty(name = "dramatis.data-dir") Path dataDir) {
        config.users().forEach((name, user) -> accounts.put(name, new Account(name, user.passwordHash(),
                Set.copyOf(user.roles()))));
        if (accounts.isEmpty() && config.initialOperator()) {
            accounts.put(OPERATOR, new Account(OPERATOR, initialOperatorHash(dataDir.resolve("operator.bcrypt")),
                    Set.of(OPERATOR, READER)));
        }
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    /** Whether {@code password} is the one behind {@code hash}; a malformed hash matches nothing. */
    public static boolean matches(String password, String hash) {
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String initialOperatorHash(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String hash = BcryptUtil.bcryptHash(password.toString());
            Files.createDirectories(file.getParent());
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), hash);
            LOG.warnf("No user is configured, so Dramatis created the operator account '%s' with the password %s"
                    + " (shown once; its hash is in %s). Sign in at /login to import. Configure your own users with"
                    + " dramatis.security.users.<name>.password-hash and .roles.", OPERATOR, password, file);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the initial operator account in " + file, e);
        }
    }
}
