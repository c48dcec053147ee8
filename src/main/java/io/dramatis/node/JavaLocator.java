package io.dramatis.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a Java runtime for the Elasticsearch node, which needs a newer Java than the app itself:
 * ES_JAVA_HOME if set, else the running JVM if it is recent enough, else the newest suitable JDK
 * installed in the usual places.
 */
public final class JavaLocator {

    public static final int MINIMUM_FEATURE_VERSION = 21;

    private static final List<String> USUAL_PLACES = List.of(
            "/usr/lib/jvm",
            "/usr/java",
            "/usr/local/java",
            "/opt/java",
            "/opt",
            "/Library/Java/JavaVirtualMachines",
            System.getProperty("user.home") + "/.sdkman/candidates/java",
            System.getProperty("user.home") + "/.jdks");

    private JavaLocator() {
    }

    public static Path locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            return requireSuitable(configured.get(), "dramatis.elasticsearch.embedded.java-home");
        }
        String fromEnv = System.getenv("ES_JAVA_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return requireSuitable(Path.of(fromEnv), "ES_JAVA_HOME");
        }
        if (Runtime.version().feature() >= MINIMUM_FEATURE_VERSION) {
            return Path.of(System.getProperty("java.home"));
        }
        List<Path> candidates = new ArrayList<>();
        for (String place : USUAL_PLACES) {
            Path dir = Path.of(place);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.flatMap(child -> Stream.of(child, child.resolve("Contents/Home")))
                        .filter(home -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION)
                        .forEach(candidates::add);
            } catch (IOException e) {
                // An unreadable folder just holds no candidate.
            }
        }
        return candidates.stream()
                .max(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0)))
                .orElseThrow(() -> new NodeStartException(
                        "The embedded Elasticsearch node needs Java " + MINIMUM_FEATURE_VERSION
                                + " or newer, and none was found: the app runs on Java " + Runtime.version().feature()
                                + ", ES_JAVA_HOME is not set, and no JDK " + MINIMUM_FEATURE_VERSION
                                + "+ is installed in " + USUAL_PLACES + ". Install one (for example Debian's"
                                + " openjdk-21-jdk or Temurin 21+), set ES_JAVA_HOME to it, or point Dramatis at an"
                                + " external cluster with DRAMATIS_ELASTICSEARCH_HOSTS."));
    }

    private static Path requireSuitable(Path home, String source) {
        Optional<Integer> version = featureVersion(home);
        if (version.isEmpty()) {
            throw new NodeStartException(source + " is " + home + ", which is not a Java installation (no bin/java"
                    + " and release file there).");
        }
        if (version.get() < MINIMUM_FEATURE_VERSION) {
            throw new NodeStartException(source + " is " + home + ", a Java " + version.get()
                    + "; the embedded Elasticsearch node needs Java " + MINIMUM_FEATURE_VERSION + " or newer.");
        }
        return home;
    }

    /** The feature version ("21", "25") from a JDK's release file, if it is a usable JDK. */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
    }
}
