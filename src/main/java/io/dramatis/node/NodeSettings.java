package io.dramatis.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the launcher needs to start one local node.
 *
 * @param distribution the unpacked Elasticsearch distribution (the folder holding {@code bin/elasticsearch})
 * @param home the node's own folder: its config, data, logs and temporary files live below it
 * @param runAsUser the account the node runs under when the app runs as root
 */
public record NodeSettings(
        Path distribution,
        Path home,
        int httpPort,
        int transportPort,
        String heap,
        Optional<Path> javaHome,
        String runAsUser,
        Duration startTimeout) {
}
