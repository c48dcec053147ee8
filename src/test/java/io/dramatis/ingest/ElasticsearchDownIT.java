package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.node.EmbeddedNode;
import io.dramatis.node.NodeLifecycle;
import io.dramatis.node.NodeSettings;
import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.SyntheticCorpus;

/**
 * Elasticsearch goes away in the middle of an import: the articles are kept in the database, the
 * job goes on, and once Elasticsearch is back they reach the index with no one doing anything.
 */
class ElasticsearchDownIT {

    private static final int ARTICLES = 3000;

    @Test
    void keepsImportingWhileElasticsearchIsDownAndCatchesUpAfter() throws Exception {
        Path base = Path.of("target", "it-es-down-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path inbox = SyntheticCorpus.write(base.resolve("inbox/reuters"), ARTICLES);
        int port = ElasticsearchTestResource.freePort();
        EmbeddedNode node = new EmbeddedNode(new NodeSettings(NodeLifecycle.findDistribution(), base.resolve("node"),
                port, ElasticsearchTestResource.freePort(), "512m", Optional.empty(), "nobody", Duration.ofMinutes(2)));
        node.start();
        AppProcess app = new AppProcess(base.resolve("data"), Map.of(
                "dramatis.elasticsearch.hosts", node.host(),
                "dramatis.ingest.import-roots", base.resolve("inbox").toString(),
                "dramatis.ingest.samples.load-on-start", "false",
                "dramatis.search.sweep-interval", "2s",
                "dramatis.search.sweep-grace", "2s"));
        try {
            app.start().awaitReady(Duration.ofMinutes(3));
            String jobId = AppProcess.text(app.post("/api/imports", "{\"path\": \"" + inbox + "\"}").body(), "jobId");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> AppProcess.number(app.get("/api/imports/" + jobId).body(), "processed") >= 300);

            node.stop();
            long atOutage = AppProcess.number(app.get("/api/imports/" + jobId).body(), "processed");
            await().atMost(Duration.ofMinutes(2)).until(() ->
                    AppProcess.number(app.get("/api/imports/" + jobId).body(), "processed") >= atOutage + 300);
            assertThat(app.get("/q/health/ready").status()).as("not ready without Elasticsearch").isEqualTo(503);
            assertThat(AppProcess.number(app.get("/api/admin/stats").body(), "indexPending")).isPositive();

            node.start();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "DONE".equals(AppProcess.text(app.get("/api/imports/" + jobId).body(), "state")));
            String job = app.get("/api/imports/" + jobId).body();
            assertThat(AppProcess.number(job, "imported")).isEqualTo(ARTICLES);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    AppProcess.number(app.get("/api/admin/stats").body(), "indexPending") == 0);
            app.refreshIndex();
            assertThat(AppProcess.number(app.get("/api/search?size=1").body(), "total")).isEqualTo(ARTICLES);
            assertThat(app.get("/q/health/ready").status()).isEqualTo(200);
        } finally {
            app.terminate();
            node.stop();
        }
    }
}
