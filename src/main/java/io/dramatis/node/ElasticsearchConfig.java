package io.dramatis.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.elasticsearch")
public interface ElasticsearchConfig {

    /**
     * Hosts of an external cluster ({@code host:port}, comma-separated). When set, no local node
     * starts and Hibernate Search talks to these.
     */
    Optional<List<String>> hosts();

    Embedded embedded();

    interface Embedded {

        /** The node's own folder: config, data and logs. */
        Path home();

        /** The unpacked distribution; found next to the app's build output when not set. */
        Optional<Path> distribution();

        @WithDefault("19200")
        int httpPort();

        @WithDefault("19300")
        int transportPort();

        /** Heap of the node's JVM (both -Xms and -Xmx). */
        @WithDefault("512m")
        String heap();

        /** A Java 21+ for the node; else ES_JAVA_HOME, the running JVM, or the newest JDK installed. */
        Optional<Path> javaHome();

        /** The account the node runs under when the app runs as root. */
        @WithDefault("nobody")
        String runAsUser();

        @WithDefault("120s")
        Duration startTimeout();
    }
}
