package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.ImportScenario;
import io.dramatis.testsupport.Postgres;

/**
 * The database goes away in the middle of an import: the app waits for it and carries on, and
 * nothing is lost or doubled.
 */
class DatabaseRestartIT {

    @Test
    void carriesOnWhenTheDatabaseGoesAwayMidImport() throws Exception {
        ImportScenario scenario = ImportScenario.create("it-db-restart", 3000);
        try (Postgres database = new Postgres()) {
            Map<String, String> settings = scenario.settings();
            settings.putAll(database.appSettings());
            settings.put("dramatis.elasticsearch.embedded.http-port", String.valueOf(ElasticsearchTestResource.freePort()));
            settings.put("dramatis.elasticsearch.embedded.transport-port",
                    String.valueOf(ElasticsearchTestResource.freePort()));
            AppProcess app = new AppProcess(scenario.base().resolve("data"), settings, AppProcess.POSTGRESQL_APP);
            try {
                app.start().awaitReady(Duration.ofMinutes(3));
                String jobId = scenario.start(app);
                ImportScenario.awaitProcessed(app, jobId, 400);

                // Stopped until the import has met the outage, so the retry path is taken on
                // every run rather than only when a quick restart happens to hit a write.
                pgCluster("stop");
                try {
                    await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() ->
                            Files.readString(app.log()).contains("The database cannot be reached to "));
                } finally {
                    pgCluster("start");
                }

                String job = ImportScenario.awaitDone(app, jobId);
                assertThat(AppProcess.number(job, "imported")).isEqualTo(scenario.articles());
                assertThat(AppProcess.number(job, "failedCount")).isZero();
                assertThat(database.count("select count(*) from article")).isEqualTo(scenario.articles());
                scenario.assertAllSearchable(app);
            } finally {
                app.terminate();
            }
        }
    }

    /** Stops or starts this machine's PostgreSQL cluster, as its service manager would. */
    private static void pgCluster(String action) throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Process control = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .redirectErrorStream(true).start();
        String output = new String(control.getInputStream().readAllBytes());
        assertThat(control.waitFor()).as("pg_ctlcluster " + action + ": " + output).isZero();
    }
}
