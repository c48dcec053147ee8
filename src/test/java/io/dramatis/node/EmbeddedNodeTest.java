package io.dramatis.node;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedNodeTest {

    @TempDir
    Path home;

    private EmbeddedNode node(Path distribution, int httpPort) {
        return new EmbeddedNode(new NodeSettings(distribution, home, httpPort, httpPort + 1, "256m", Optional.empty(),
                "nobody", Duration.ofSeconds(30)));
    }

    @Test
    void refusesAPortSomethingElseHoldsSayingWhichSettingToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> node(NodeLifecycle.findDistribution(), taken.getLocalPort()).start())
                    .isInstanceOf(NodeStartException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .hasMessageContaining("dramatis.elasticsearch.embedded.http-port");
        }
    }

    @Test
    void saysHowToGetADistributionWhenThereIsNone() {
        assertThatThrownBy(() -> node(home.resolve("no-such-distribution"), 1).start())
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("No Elasticsearch distribution at")
                .hasMessageContaining("./mvnw package");
    }
}
