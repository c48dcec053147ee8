package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.ImportScenario;

/** kill -9 in the middle of an import: after a restart the job goes on, and nothing is lost or doubled. */
class ImportResumeIT {

    @Test
    void resumesAJobKilledMidwayWithNothingLostOrDoubled() throws Exception {
        ImportScenario scenario = ImportScenario.create("it-resume", 3000);
        Map<String, String> settings = scenario.settings();
        settings.put("dramatis.elasticsearch.embedded.http-port", String.valueOf(ElasticsearchTestResource.freePort()));
        settings.put("dramatis.elasticsearch.embedded.transport-port",
                String.valueOf(ElasticsearchTestResource.freePort()));
        Path data = scenario.base().resolve("data");

        AppProcess first = new AppProcess(data, settings);
        AppProcess second = new AppProcess(data, settings);
        try {
            resumeAfterKill(scenario, first, second);
        } finally {
            first.killNode();
            second.terminate();
        }
    }

    private static void resumeAfterKill(ImportScenario scenario, AppProcess first, AppProcess second)
            throws Exception {
        first.start().awaitReady(Duration.ofMinutes(3));
        String jobId = scenario.start(first);
        ImportScenario.awaitProcessed(first, jobId, 300);
        first.kill();

        second.start().awaitReady(Duration.ofMinutes(3));
        long resumedAt = ImportScenario.processed(second, jobId);
        assertThat(resumedAt).as("the job kept what it had committed").isBetween(200L, scenario.articles() - 1L);

        String job = ImportScenario.awaitDone(second, jobId);
        assertThat(AppProcess.number(job, "total")).isEqualTo(scenario.articles());
        assertThat(AppProcess.number(job, "imported")).isEqualTo(scenario.articles());
        assertThat(AppProcess.number(job, "duplicates")).isZero();
        assertThat(AppProcess.number(job, "failedCount")).isZero();
        assertThat(AppProcess.number(second.get("/api/admin/stats").body(), "articles")).isEqualTo(scenario.articles());
        // The index holds each article once: none lost, none left over from the killed run.
        scenario.assertAllSearchable(second);
    }
}
