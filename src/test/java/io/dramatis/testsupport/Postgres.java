package io.dramatis.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server this machine runs (127.0.0.1:5432, database {@code test}, trust
 * authentication), for tests of the packaged PostgreSQL app: a schema of their own each.
 */
public final class Postgres implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "dramatis_it_" + UUID.randomUUID().toString().substring(0, 8);

    /** The app settings that point it at this schema. */
    public Map<String, String> appSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", url());
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("quarkus.flyway.schemas", schema);
        return settings;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    private String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Rows of a two-column query, as a map from the first column to the second. */
    public Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
