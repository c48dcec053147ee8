package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.dramatis.node.EmbeddedNode;
import io.dramatis.node.NodeLifecycle;
import io.dramatis.node.NodeSettings;
import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.Postgres;
import io.dramatis.testsupport.SyntheticCorpus;

/**
 * Two app instances on one PostgreSQL database and one Elasticsearch cluster share an import:
 * both extract, and no article is extracted or stored twice.
 */
class ScaleOutIT {

    private static final int ARTICLES = 3000;
    private static final Pattern EXTRACTIONS = Pattern.compile("(?m)^dramatis_extraction_seconds_count\\S* (\\S+)$");

    @Test
    void twoInstancesShareOneImportAndNothingIsDoneTwice() throws Exception {
        Path base = Path.of("target", "it-scale-out-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path inbox = SyntheticCorpus.write(base.resolve("inbox/reuters"), ARTICLES);
        EmbeddedNode node = new EmbeddedNode(new NodeSettings(NodeLifecycle.findDistribution(), base.resolve("node"),
                ElasticsearchTestResource.freePort(), ElasticsearchTestResource.freePort(), "512m", Optional.empty(),
                "nobody", Duration.ofMinutes(2)));
        try (Postgres database = new Postgres()) {
            node.start();
            Map<String, String> settings = new HashMap<>(database.appSettings());
            settings.put("dramatis.elasticsearch.hosts", node.host());
            settings.put("dramatis.ingest.import-roots", base.resolve("inbox").toString());
            settings.put("dramatis.ingest.samples.load-on-start", "false");
            settings.put("dramatis.ingest.poll-interval", "1s");
            AppProcess first = new AppProcess(base.resolve("data-1"), settings, AppProcess.POSTGRESQL_APP);
            AppProcess second = new AppProcess(base.resolve("data-2"), settings, AppProcess.POSTGRESQL_APP);
            try {
                first.start().awaitReady(Duration.ofMinutes(3));
                second.start().awaitReady(Duration.ofMinutes(3));
                String jobId = AppProcess.text(first.post("/api/imports", "{\"path\": \"" + inbox + "\"}").body(),
                        "jobId");
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                        "DONE".equals(AppProcess.text(second.get("/api/imports/" + jobId).body(), "state")));

                String job = second.get("/api/imports/" + jobId).body();
                assertThat(AppProcess.number(job, "imported")).isEqualTo(ARTICLES);
                assertThat(AppProcess.number(job, "duplicates")).isZero();
                Map<String, Long> byInstance = database.counts("select claimed_by, count(*) from import_item"
                        + " where job_id = '" + jobId + "' group by claimed_by");
                assertThat(byInstance).as("both instances took items").hasSize(2)
                        .allSatisfy((instance, items) -> assertThat(items).isPositive());
                assertThat(byInstance.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ARTICLES);
                assertThat(database.count("select count(*) from article")).isEqualTo(ARTICLES);
                assertThat(extractions(first) + extractions(second)).as("articles extracted, on both instances")
                        .isEqualTo(ARTICLES);

                await().atMost(Duration.ofMinutes(1)).until(() ->
                        AppProcess.number(first.get("/api/admin/stats").body(), "indexPending") == 0);
                first.refreshIndex();
                assertThat(AppProcess.number(second.get("/api/search?size=1").body(), "total")).isEqualTo(ARTICLES);
            } finally {
                first.terminate();
                second.terminate();
            }
        } finally {
            node.stop();
        }
    }

    private static long extractions(AppProcess app) {
        Matcher matcher = EXTRACTIONS.matcher(app.get("/q/metrics").body());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }
}
