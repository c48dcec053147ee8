package io.dramatis.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.dramatis.node.EmbeddedNode;

/**
 * One import of distinct synthetic articles into packaged apps, as the fault tests run it: a
 * fresh folder under {@code target/} holding the inbox, and the steps each test takes around
 * the fault it injects.
 */
public record ImportScenario(Path base, Path inbox, int articles) {

    public static ImportScenario create(String name, int articles) {
        Path base = Path.of("target", name + "-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        return new ImportScenario(base, SyntheticCorpus.write(base.resolve("inbox/reuters"), articles), articles);
    }

    /**
     * The settings the apps share: the inbox may be imported, no samples, and a quick sweep so
     * that articles an outage kept out of the index reach it within seconds. Mutable, to add to.
     */
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("dramatis.ingest.import-roots", base.resolve("inbox").toString());
        settings.put("dramatis.ingest.samples.load-on-start", "false");
        settings.put("dramatis.search.sweep-interval", "2s");
        settings.put("dramatis.search.sweep-grace", "2s");
        return settings;
    }

    /** An Elasticsearch node of the test's own, not yet started, for tests that stop it or share it. */
    public EmbeddedNode node() {
        return ElasticsearchTestResource.newNode(base.resolve("node"));
    }

    /** Starts the import of the whole inbox; returns the job id. */
    public String start(AppProcess app) {
        AppProcess.Answer accepted = app.post("/api/imports", "{\"path\": \"" + inbox + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return AppProcess.text(accepted.body(), "jobId");
    }

    public static long processed(AppProcess app, String jobId) {
        return AppProcess.number(app.get("/api/imports/" + jobId).body(), "processed");
    }

    public static void awaitProcessed(AppProcess app, String jobId, long count) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> processed(app, jobId) >= count);
    }

    /** Waits for the job to finish; returns its last state. */
    public static String awaitDone(AppProcess app, String jobId) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DONE".equals(AppProcess.text(app.get("/api/imports/" + jobId).body(), "state")));
        return app.get("/api/imports/" + jobId).body();
    }

    /** Every article reached the index exactly once: none lost, none doubled. */
    public void assertAllSearchable(AppProcess app) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> AppProcess.number(app.get("/api/admin/stats").body(), "indexPending") == 0);
        app.refreshIndex();
        assertThat(AppProcess.number(app.get("/api/search?size=1").body(), "total")).isEqualTo(articles);
    }
}
