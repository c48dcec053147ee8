package io.dramatis.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app on the PostgreSQL server this machine runs (127.0.0.1:5432, database {@code test}, trust
 * authentication), in a schema of its own that every app start empties.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=dramatis_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", URL,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.flyway.schemas", "dramatis_test",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
