package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.dramatis.node.EmbeddedNode;
import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ImportScenario;
import io.dramatis.testsupport.Postgres;

/**
 * Two app instances on one PostgreSQL database and one Elasticsearch cluster share an import:
 * both extract, and no article is extracted or stored twice.
 */
class ScaleOutIT {

    private static final Pattern EXTRACTIONS = Pattern.compile("(?m)^dramatis_extraction_seconds_count\\S* (\\S+)$");

    @Test
    void twoInstancesShareOneImportAndNothingIsDoneTwice() throws Exception {
        ImportScenario scenario = ImportScenario.create("it-scale-out", 3000);
        EmbeddedNode node = scenario.node();
        try (Postgres database = new Postgres()) {
            node.start();
            Map<String, String> settings = scenario.settings();
            settings.putAll(database.appSettings());
            settings.put("dramatis.elasticsearch.hosts", node.host());
            settings.put("dramatis.ingest.poll-interval", "1s");
            AppProcess first = new AppProcess(scenario.base().resolve("data-1"), settings, AppProcess.POSTGRESQL_APP);
            AppProcess second = new AppProcess(scenario.base().resolve("data-2"), settings, AppProcess.POSTGRESQL_APP);
            try {
                first.start().awaitReady(Duration.ofMinutes(3));
                second.start().awaitReady(Duration.ofMinutes(3));
                String jobId = scenario.start(first);
                String job = ImportScenario.awaitDone(second, jobId);

                assertThat(AppProcess.number(job, "imported")).isEqualTo(scenario.articles());
                assertThat(AppProcess.number(job, "duplicates")).isZero();
                Map<String, Long> byInstance = database.counts("select claimed_by, count(*) from import_item"
                        + " where job_id = '" + jobId + "' group by claimed_by");
                assertThat(byInstance).as("both instances took items").hasSize(2)
                        .allSatisfy((instance, items) -> assertThat(items).isPositive());
                assertThat(byInstance.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(scenario.articles());
                assertThat(database.count("select count(*) from article")).isEqualTo(scenario.articles());
                assertThat(extractions(first) + extractions(second)).as("articles extracted, on both instances")
                        .isEqualTo(scenario.articles());
                scenario.assertAllSearchable(second);
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
