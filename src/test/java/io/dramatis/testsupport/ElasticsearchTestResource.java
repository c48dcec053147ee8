package io.dramatis.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.dramatis.node.EmbeddedNode;
import io.dramatis.node.NodeLifecycle;
import io.dramatis.node.NodeSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real Elasticsearch node for the whole test run, started by the app's own launcher. Every
 * app started by a test points at it as an external cluster; each app start recreates the index.
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedNode node;

    @Override
    public synchronized Map<String, String> start() {
        return Map.of("dramatis.elasticsearch.hosts", sharedNode().host());
    }

    /** A node of the tests' own, in {@code folder} on free ports, not yet started. */
    public static EmbeddedNode newNode(Path folder) {
        return new EmbeddedNode(new NodeSettings(NodeLifecycle.findDistribution(), folder, freePort(), freePort(),
                "512m", Optional.empty(), "nobody", Duration.ofMinutes(2)));
    }

    /** The node, started on first use and stopped when the test JVM exits. */
    public static synchronized EmbeddedNode sharedNode() {
        if (node == null) {
            node = newNode(Path.of("target", "test-elasticsearch"));
            node.start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "test-elasticsearch-stop"));
        }
        return node;
    }

    @Override
    public void stop() {
        // Kept for the next app start in this run; the shutdown hook stops it.
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
