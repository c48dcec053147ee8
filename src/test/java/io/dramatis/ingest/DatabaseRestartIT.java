package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.Postgres;
import io.dramatis.testsupport.SyntheticCorpus;

/**
 * The database goes away in the middle of an import: the app waits for it and carries on, and
 * nothing is lost or doubled.
 */
class DatabaseRestartIT {

    private static final int ARTICLES = 3000;

    @Test
    void carriesOnWhenTheDatabaseGoesAwayMidImport() throws Exception {
        Path base = Path.of("target", "it-db-restart-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path inbox = SyntheticCorpus.write(base.resolve("inbox/reuters"), ARTICLES);
        try (Postgres database = new Postgres()) {
            Map<String, String> settings = new HashMap<>(database.appSettings());
            settings.put("dramatis.elasticsearch.embedded.http-port", String.valueOf(ElasticsearchTestResource.freePort()));
            settings.put("dramatis.elasticsearch.embedded.transport-port",
                    String.valueOf(ElasticsearchTestResource.freePort()));
            settings.put("dramatis.ingest.import-roots", base.resolve("inbox").toString());
            settings.put("dramatis.ingest.samples.load-on-start", "false");
            settings.put("dramatis.search.sweep-interval", "2s");
            settings.put("dramatis.search.sweep-grace", "2s");
            AppProcess app = new AppProcess(base.resolve("data"), settings, AppProcess.POSTGRESQL_APP);
            try {
                app.start().awaitReady(Duration.ofMinutes(3));
                String jobId = AppProcess.text(app.post("/api/imports", "{\"path\": \"" + inbox + "\"}").body(), "jobId");
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> AppProcess.number(app.get("/api/imports/" + jobId).body(), "processed") >= 400);

                // Stopped until the import has met the outage, so the retry path is taken on
                // every run rather than only when a quick restart happens to hit a write.
                pgCluster("stop");
                try {
                    await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() ->
                            Files.readString(app.log()).contains("The database cannot be reached to "));
                } finally {
                    pgCluster("start");
                }

                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                        "DONE".equals(AppProcess.text(app.get("/api/imports/" + jobId).body(), "state")));
                String job = app.get("/api/imports/" + jobId).body();
                assertThat(AppProcess.number(job, "imported")).isEqualTo(ARTICLES);
                assertThat(AppProcess.number(job, "failedCount")).isZero();
                assertThat(database.count("select count(*) from article")).isEqualTo(ARTICLES);
                await().atMost(Duration.ofMinutes(1)).until(() ->
                        AppProcess.number(app.get("/api/admin/stats").body(), "indexPending") == 0);
                app.refreshIndex();
                assertThat(AppProcess.number(app.get("/api/search?size=1").body(), "total")).isEqualTo(ARTICLES);
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
