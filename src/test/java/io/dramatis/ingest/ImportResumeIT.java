package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;
import io.dramatis.testsupport.SyntheticCorpus;

/** kill -9 in the middle of an import: after a restart the job goes on, and nothing is lost or doubled. */
class ImportResumeIT {

    private static final int ARTICLES = 3000;

    @Test
    void resumesAJobKilledMidwayWithNothingLostOrDoubled() throws Exception {
        Path base = Path.of("target", "it-resume-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path inbox = SyntheticCorpus.write(base.resolve("inbox/reuters"), ARTICLES);
        Map<String, String> settings = Map.of(
                "dramatis.elasticsearch.embedded.http-port", String.valueOf(ElasticsearchTestResource.freePort()),
                "dramatis.elasticsearch.embedded.transport-port", String.valueOf(ElasticsearchTestResource.freePort()),
                "dramatis.ingest.import-roots", base.resolve("inbox").toString(),
                "dramatis.ingest.samples.load-on-start", "false",
                "dramatis.search.sweep-interval", "2s",
                "dramatis.search.sweep-grace", "2s");
        Path data = base.resolve("data");

        AppProcess first = new AppProcess(data, settings);
        AppProcess second = new AppProcess(data, settings);
        try {
            resumeAfterKill(first, second, inbox);
        } finally {
            first.killNode();
            second.terminate();
        }
    }

    private static void resumeAfterKill(AppProcess first, AppProcess second, Path inbox) throws Exception {
        first.start().awaitReady(Duration.ofMinutes(3));
        AppProcess.Answer accepted = first.post("/api/imports", "{\"path\": \"" + inbox + "\"}");
        assertThat(accepted.status()).isEqualTo(202);
        String jobId = AppProcess.text(accepted.body(), "jobId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> AppProcess.number(first.get("/api/imports/" + jobId).body(), "processed") >= 300);
        first.kill();

        second.start().awaitReady(Duration.ofMinutes(3));
        long resumedAt = AppProcess.number(second.get("/api/imports/" + jobId).body(), "processed");
        assertThat(resumedAt).as("the job kept what it had committed").isBetween(200L, (long) ARTICLES - 1);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DONE".equals(AppProcess.text(second.get("/api/imports/" + jobId).body(), "state")));

        String job = second.get("/api/imports/" + jobId).body();
        assertThat(AppProcess.number(job, "total")).isEqualTo(ARTICLES);
        assertThat(AppProcess.number(job, "imported")).isEqualTo(ARTICLES);
        assertThat(AppProcess.number(job, "duplicates")).isZero();
        assertThat(AppProcess.number(job, "failedCount")).isZero();
        assertThat(AppProcess.number(second.get("/api/admin/stats").body(), "articles")).isEqualTo(ARTICLES);
        // The index holds each article once: none lost, none left over from the killed run.
        await().atMost(Duration.ofMinutes(1)).until(() ->
                AppProcess.number(second.get("/api/admin/stats").body(), "indexPending") == 0);
        second.refreshIndex();
        assertThat(AppProcess.number(second.get("/api/search?size=1").body(), "total")).isEqualTo(ARTICLES);
    }
}
