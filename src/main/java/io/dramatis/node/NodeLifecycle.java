package io.dramatis.node;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the local Elasticsearch node for the app's lifetime when no external cluster is configured.
 * Hibernate Search boots without contacting Elasticsearch (version check and schema management are
 * off at boot), so the node can start here, before anything sends it a request.
 */
@ApplicationScoped
public class NodeLifecycle {

    /** Runs before every other start-up observer that needs Elasticsearch. */
    public static final int STARTUP_PRIORITY = 10;

    private final ElasticsearchConfig config;
    private EmbeddedNode node;

    NodeLifecycle(ElasticsearchConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        if (config.hosts().isPresent()) {
            return;
        }
        ElasticsearchConfig.Embedded embedded = config.embedded();
        node = new EmbeddedNode(new NodeSettings(
                embedded.distribution().orElseGet(NodeLifecycle::findDistribution),
                embedded.home(),
                embedded.httpPort(),
                embedded.transportPort(),
                embedded.heap(),
                embedded.javaHome(),
                embedded.runAsUser(),
                embedded.startTimeout()));
        // Also on a JVM exit that never reaches the shutdown event (a failed start, System.exit).
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "embedded-elasticsearch-stop"));
        node.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (node != null) {
            node.stop();
        }
    }

    public Optional<EmbeddedNode> node() {
        return Optional.ofNullable(node);
    }

    /**
     * The build unpacks the distribution into {@code target/elasticsearch/}; the runnable app sits in
     * {@code target/quarkus-app/}, so look next to it first, then under the working directory.
     */
    public static Path findDistribution() {
        List<Path> bases = new ArrayList<>();
        try {
            Path codeSource = Path.of(NodeLifecycle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = codeSource; dir != null; dir = dir.getParent()) {
                bases.add(dir.resolve("elasticsearch"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Not loaded from a file: only the working directory is left to look in.
        }
        bases.add(Path.of("target", "elasticsearch"));
        for (Path base : bases) {
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> children = Files.list(base)) {
                Optional<Path> found = children
                        .filter(child -> child.getFileName().toString().startsWith("elasticsearch-"))
                        .filter(child -> Files.isExecutable(child.resolve("bin/elasticsearch")))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                // Try the next place.
            }
        }
        throw new NodeStartException("No Elasticsearch distribution found in " + bases + ". Build with"
                + " ./mvnw package (it unpacks one into target/elasticsearch), set"
                + " dramatis.elasticsearch.embedded.distribution, or point Dramatis at an external cluster with"
                + " DRAMATIS_ELASTICSEARCH_HOSTS.");
    }
}
