package io.dramatis.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}) run as its own process, the way
 * the README runs it, with its own data folder and ports. For tests of what only a real process
 * shows: a start from nothing, a kill -9, a SIGTERM.
 */
public final class AppProcess {

    /** The bcrypt hash of {@link Operator#PASSWORD}, as the test profile has it. */
    static final String OPERATOR_HASH = "$2a$10$dQ/1PDNJMeQRt.ajS1Pc9OBT1NsAj9Y5k1MzwBe86D5LWxVd8C/YK";
    private static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (Operator.NAME + ":" + Operator.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDir;
    private final int httpPort;
    private final Map<String, String> settings;
    private final Path log;
    private Process process;

    /** The app built for H2 (target/quarkus-app). */
    public static final Path H2_APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The app built for PostgreSQL (target/quarkus-app-postgresql). */
    public static final Path POSTGRESQL_APP = Path.of("target", "quarkus-app-postgresql", "quarkus-run.jar");

    private final Path jar;

    public AppProcess(Path dataDir, Map<String, String> settings) {
        this(dataDir, settings, H2_APP);
    }

    public AppProcess(Path dataDir, Map<String, String> settings, Path jar) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.httpPort = ElasticsearchTestResource.freePort();
        this.settings = settings;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    public AppProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with ./mvnw verify, which packages first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Ddramatis.data-dir=" + dataDir,
                "-Dquarkus.http.port=" + httpPort));
        command.add("-Ddramatis.security.users." + Operator.NAME + ".password-hash=" + OPERATOR_HASH);
        command.add("-Ddramatis.security.users." + Operator.NAME + ".roles=operator,reader");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    /** Waits until the app answers ready: database and Elasticsearch both up. */
    public AppProcess awaitReady(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            return get("/q/health/ready").status() == 200;
        });
        return this;
    }

    /** An HTTP answer; status 0 when the app did not answer at all. */
    public record Answer(int status, String body) {
    }

    /**
     * A GET; as the operator on the import and admin API, anonymous elsewhere as reading is open.
     * Credentials only where needed: each costs the app a bcrypt check, and tests poll often.
     */
    public Answer get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (path.startsWith("/api/imports") || path.startsWith("/api/admin")) {
            request.header("Authorization", BASIC);
        }
        return send(request.build());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", BASIC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A number from a JSON answer, by field name (the answers here are flat enough for this). */
    public static long number(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    public static String text(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** Makes everything indexed so far visible to searches, on the node this app uses. */
    public void refreshIndex() {
        String host = settings.getOrDefault("dramatis.elasticsearch.hosts",
                "127.0.0.1:" + settings.get("dramatis.elasticsearch.embedded.http-port"));
        send(HttpRequest.newBuilder(URI.create("http://" + host + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Stops the Elasticsearch node this app started, if a kill -9 left it running. */
    public void killNode() {
        nodePid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
    }

    public long pid() {
        return process.pid();
    }

    /** The pid of the Elasticsearch server process the app started, from the pid file it writes. */
    public Optional<Long> nodePid() {
        Path pidFile = dataDir.resolve("elasticsearch").resolve("node.pid");
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, as a service manager or Ctrl-C would send; waits for the app to exit. */
    public int terminate() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return process == null ? -1 : process.exitValue();
        }
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The app did not stop within 60 s of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs, nothing is cleaned up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public Path log() {
        return log;
    }

    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
