package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dramatis.node.EmbeddedNode;
import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ImportScenario;

/**
 * Elasticsearch goes away in the middle of an import: the articles are kept in the database, the
 * job goes on, and once Elasticsearch is back they reach the index with no one doing anything.
 */
class ElasticsearchDownIT {

    @Test
    void keepsImportingWhileElasticsearchIsDownAndCatchesUpAfter() throws Exception {
        ImportScenario scenario = ImportScenario.create("it-es-down", 3000);
        EmbeddedNode node = scenario.node();
        node.start();
        Map<String, String> settings = scenario.settings();
        settings.put("dramatis.elasticsearch.hosts", node.host());
        AppProcess app = new AppProcess(scenario.base().resolve("data"), settings);
        try {
            app.start().awaitReady(Duration.ofMinutes(3));
            String jobId = scenario.start(app);
            ImportScenario.awaitProcessed(app, jobId, 300);

            node.stop();
            long atOutage = ImportScenario.processed(app, jobId);
            ImportScenario.awaitProcessed(app, jobId, atOutage + 300);
            assertThat(app.get("/q/health/ready").status()).as("not ready without Elasticsearch").isEqualTo(503);
            assertThat(AppProcess.number(app.get("/api/admin/stats").body(), "indexPending")).isPositive();

            node.start();
            String job = ImportScenario.awaitDone(app, jobId);
            assertThat(AppProcess.number(job, "imported")).isEqualTo(scenario.articles());
            scenario.assertAllSearchable(app);
            assertThat(app.get("/q/health/ready").status()).isEqualTo(200);
        } finally {
            app.terminate();
            node.stop();
        }
    }
}
