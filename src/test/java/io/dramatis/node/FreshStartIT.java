package io.dramatis.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.AppProcess;
import io.dramatis.testsupport.ElasticsearchTestResource;

/**
 * The packaged app started as the README starts it, from an empty data folder: it starts its own
 * Elasticsearch node, creates its database, loads the samples; a crash leaves a node behind that
 * the next start stops rather than doubles; SIGTERM stops the node with the app.
 */
class FreshStartIT {

    @Test
    void startsFromNothingSurvivesACrashAndStopsItsNodeOnSigterm() throws Exception {
        Path dataDir = Path.of("target", "it-fresh-start-" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> ports = Map.of(
                "dramatis.elasticsearch.embedded.http-port", String.valueOf(ElasticsearchTestResource.freePort()),
                "dramatis.elasticsearch.embedded.transport-port", String.valueOf(ElasticsearchTestResource.freePort()));
        assertThat(dataDir).doesNotExist();

        AppProcess first = new AppProcess(dataDir, ports).start().awaitReady(Duration.ofMinutes(3));
        await().atMost(Duration.ofMinutes(2)).until(() ->
                AppProcess.number(first.get("/api/search?q=Khalilzad").body(), "total") == 1);
        assertThat(first.get("/").body()).contains("301 articles");
        assertThat(first.get("/?q=Khalilzad").body()).contains("<mark>Khalilzad</mark>");
        // The packaged app carries the one model it loads, and extracts with it.
        assertThat(AppProcess.number(first.get("/api/search?person=Zalmay+Khalilzad&organization=Taliban").body(),
                "total")).isEqualTo(1);
        assertThat(dataDir.resolve("db")).isDirectory();
        assertThat(dataDir.resolve("elasticsearch/data")).isDirectory();
        long crashedNode = first.nodePid().orElseThrow();
        assertThat(AppProcess.isAlive(crashedNode)).isTrue();

        first.kill();
        assertThat(AppProcess.isAlive(crashedNode)).as("a kill -9 leaves the node running").isTrue();

        AppProcess second = new AppProcess(dataDir, ports).start().awaitReady(Duration.ofMinutes(3));
        long node = second.nodePid().orElseThrow();
        assertThat(node).isNotEqualTo(crashedNode);
        assertThat(AppProcess.isAlive(crashedNode)).as("the leftover node is stopped, not doubled").isFalse();
        assertThat(Files.readString(second.log())).contains("left running by an earlier run");
        assertThat(AppProcess.number(second.get("/api/search?q=Khalilzad").body(), "total")).isEqualTo(1);
        assertThat(AppProcess.number(second.get("/api/search?size=1").body(), "total")).isEqualTo(301);

        second.terminate();
        await().atMost(Duration.ofSeconds(30)).until(() -> !AppProcess.isAlive(node));
        assertThat(Files.readString(second.log())).contains("Embedded Elasticsearch node stopped");
    }
}
