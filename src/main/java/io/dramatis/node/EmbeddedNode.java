package io.dramatis.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Starts, watches and stops one Elasticsearch node as a child process bound to loopback.
 *
 * <p>Used by the app when no external cluster is configured, and by the tests, so that both run
 * the node the same way. The node's config, data and logs live under {@link NodeSettings#home()};
 * the hunspell dictionary the English analysis needs is installed into its config.
 */
public final class EmbeddedNode {

    private static final Logger LOG = Logger.getLogger(EmbeddedNode.class);

    /** Classpath folder of the hunspell dictionary shipped with the app. */
    static final String HUNSPELL_RESOURCES = "elasticsearch/hunspell/en_US/";
    static final List<String> HUNSPELL_FILES = List.of("en_US.aff", "en_US.dic", "settings.yml");

    private static final String PID_FILE = "node.pid";

    private final NodeSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    public EmbeddedNode(NodeSettings settings) {
        // The node resolves relative paths against its own working directory, not ours.
        this.settings = new NodeSettings(settings.distribution().toAbsolutePath().normalize(),
                settings.home().toAbsolutePath().normalize(), settings.httpPort(), settings.transportPort(),
                settings.heap(), settings.javaHome(), settings.runAsUser(), settings.startTimeout());
    }

    public String host() {
        return "127.0.0.1:" + settings.httpPort();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the node and returns once it answers with a yellow or green cluster health. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Instant began = Instant.now();
        Path launcher = settings.distribution().resolve("bin/elasticsearch");
        if (!Files.isExecutable(launcher)) {
            throw new NodeStartException("No Elasticsearch distribution at " + settings.distribution()
                    + " (expected bin/elasticsearch there). Build the app with ./mvnw package, which unpacks it,"
                    + " or set dramatis.elasticsearch.embedded.distribution.");
        }
        Path javaHome = JavaLocator.locate(settings.javaHome());
        stopLeftoverNode();
        requirePortFree(settings.httpPort());
        requirePortFree(settings.transportPort());
        prepareHome();

        List<String> command = new ArrayList<>(runAsUnprivilegedUser());
        command.add(launcher.toString());
        command.addAll(List.of(
                "-Ecluster.name=dramatis",
                "-Enode.name=dramatis-embedded",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + settings.httpPort(),
                "-Etransport.port=" + settings.transportPort(),
                "-Epath.data=" + home("data"),
                "-Epath.logs=" + home("logs"),
                "-Expack.security.enabled=false",
                // A nearly full laptop disk must not turn the index read-only under the reader's feet.
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-p", home(PID_FILE).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home("logs").resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_PATH_CONF", home("config").toString());
        env.put("ES_TMPDIR", home("tmp").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.remove("JAVA_HOME");
        env.remove("JAVA_TOOL_OPTIONS");
        LOG.infof("Starting the embedded Elasticsearch node on %s (Java %s, data in %s)", host(), javaHome,
                home("data"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NodeStartException("Could not launch " + command + ": " + e.getMessage(), e);
        }
        awaitHealthy();
        LOG.infof("Embedded Elasticsearch node is up on %s after %d ms", host(),
                Duration.between(began, Instant.now()).toMillis());
    }

    /** Stops the node gracefully (SIGTERM), forcibly if it does not go within 30 seconds. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Optional<ProcessHandle> server = readPid().flatMap(ProcessHandle::of);
        terminate(process.toHandle());
        server.ifPresent(EmbeddedNode::terminate);
        process = null;
        LOG.info("Embedded Elasticsearch node stopped");
    }

    private static void terminate(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    /** A node left running by a crashed run holds the data folder's lock: stop it rather than start a second. */
    private void stopLeftoverNode() {
        Optional<ProcessHandle> leftover = readPid().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains("elasticsearch")).orElse(true));
        leftover.ifPresent(handle -> {
            LOG.warnf("Found an Elasticsearch node left running by an earlier run (pid %d); stopping it",
                    handle.pid());
            handle.parent().filter(parent -> parent.info().commandLine()
                    .map(line -> line.contains("elasticsearch")).orElse(false))
                    .ifPresent(EmbeddedNode::terminate);
            terminate(handle);
        });
        try {
            Files.deleteIfExists(home(PID_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> readPid() {
        Path pidFile = home(PID_FILE);
        try {
            return Files.isRegularFile(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void requirePortFree(int port) {
        // As Elasticsearch binds: with SO_REUSEADDR, so that connections of a node just stopped do not count.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            throw new NodeStartException("Port " + port + " on 127.0.0.1 is already in use, so the embedded"
                    + " Elasticsearch node cannot take it. Stop whatever holds it, or choose other ports with"
                    + " dramatis.elasticsearch.embedded.http-port / transport-port.");
        }
    }

    private void prepareHome() {
        try {
            for (String dir : List.of("data", "logs", "tmp", "config/hunspell/en_US")) {
                Files.createDirectories(home(dir));
            }
            Path distributionConfig = settings.distribution().resolve("config");
            try (Stream<Path> files = Files.walk(distributionConfig)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = home("config").resolve(distributionConfig.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!Files.exists(target)) {
                        Files.copy(source, target);
                    }
                }
            }
            for (String file : HUNSPELL_FILES) {
                try (InputStream in = EmbeddedNode.class.getClassLoader().getResourceAsStream(HUNSPELL_RESOURCES + file)) {
                    if (in == null) {
                        throw new NodeStartException("The hunspell dictionary file " + file + " is missing from the"
                                + " app (expected on the classpath at " + HUNSPELL_RESOURCES + ").");
                    }
                    Files.copy(in, home("config/hunspell/en_US").resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new NodeStartException("Could not prepare the node's folder " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Elasticsearch refuses to run as root. When the app is root, the node runs as an unprivileged
     * account instead: its own folder is handed to that account, and every folder on the way to
     * the distribution and to that folder must let the account pass.
     */
    private List<String> runAsUnprivilegedUser() {
        if (!isRoot()) {
            return List.of();
        }
        String user = settings.runAsUser();
        int uid = Integer.parseInt(run("id", "-u", user));
        int gid = Integer.parseInt(run("id", "-g", user));
        if (uid == 0) {
            throw new NodeStartException("dramatis.elasticsearch.embedded.run-as-user is '" + user
                    + "', which is root; Elasticsearch refuses to run as root. Name an unprivileged account.");
        }
        LOG.infof("The app runs as root and Elasticsearch refuses to: the node runs as the unprivileged user '%s'"
                + " (uid %d)", user, uid);
        handOver(settings.home(), uid, gid);
        letPass(settings.distribution());
        letPass(settings.home());
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    private static void handOver(Path root, int uid, int gid) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (((Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)) != uid) {
                    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new NodeStartException("Could not hand " + root + " over to the node's account: " + e.getMessage(), e);
        }
    }

    /** Grants search (not listing) on each parent folder that denies it to other accounts, and says so. */
    private static void letPass(Path path) {
        for (Path dir = path.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    LOG.warnf("Allowing other accounts to pass through %s (chmod o+x) so that the Elasticsearch node"
                            + " can reach %s", dir, path);
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(dir, permissions);
                }
            } catch (IOException e) {
                throw new NodeStartException("Could not check the permissions of " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new NodeStartException(String.join(" ", command) + " failed: " + out
                        + ". Set dramatis.elasticsearch.embedded.run-as-user to an existing unprivileged account.");
            }
            return out;
        } catch (IOException e) {
            throw new NodeStartException("Could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeStartException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        HttpRequest health = HttpRequest.newBuilder(
                URI.create("http://" + host() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new NodeStartException("The Elasticsearch node exited with code " + process.exitValue()
                        + " while starting. Its last output:\n" + consoleTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new NodeStartException("Interrupted while waiting for the Elasticsearch node", e);
            }
            sleepQuietly(250);
        }
        stop();
        throw new NodeStartException("The Elasticsearch node did not become healthy within " + settings.startTimeout()
                + ". Its last output:\n" + consoleTail());
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(home("logs").resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path home(String relative) {
        return settings.home().resolve(relative);
    }
}
