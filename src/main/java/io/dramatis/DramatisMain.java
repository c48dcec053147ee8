package io.dramatis;

import java.io.PrintStream;
import java.util.Arrays;

import jakarta.inject.Inject;

import io.dramatis.ingest.ImportCommand;
import io.dramatis.search.IndexRebuildService;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * {@code java -jar quarkus-run.jar} serves the app; with a command it does one job and exits:
 *
 * <pre>
 * java -jar quarkus-run.jar import &lt;folder|file.zip|file.jsonl|file.txt&gt;...
 * java -jar quarkus-run.jar reindex
 * java -jar quarkus-run.jar hash-password
 * </pre>
 */
@QuarkusMain
public class DramatisMain implements QuarkusApplication {

    @Inject
    ImportCommand importCommand;

    @Inject
    IndexRebuildService rebuild;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("hash-password")) {
            // Needs nothing of the app: no database, no Elasticsearch.
            System.exit(hashPassword());
        }
        if (args.length > 0) {
            // A command is not a server: no fixed port to collide with one, no samples, no other jobs.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("dramatis.ingest.samples.load-on-start", "false");
            System.setProperty("dramatis.ingest.join-jobs", "false");
            System.setProperty("quarkus.banner.enabled", "false");
        }
        Quarkus.run(DramatisMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return switch (args[0]) {
            case "import" -> importCommand.run(Arrays.asList(args).subList(1, args.length));
            case "reindex" -> {
                IndexRebuildService.Rebuild done = rebuild.rebuildNow();
                System.out.printf("Index rebuilt: %s, %d articles in %.1f s (%s articles/s)%n", done.state(),
                        done.articles(), done.finishedAt() == null ? 0.0
                                : (done.finishedAt().toEpochMilli() - done.startedAt().toEpochMilli()) / 1000.0,
                        done.articlesPerSecond());
                yield done.state().equals("DONE") ? 0 : 1;
            }
            default -> usage(args[0].startsWith("-") || args[0].equals("help") ? System.out : System.err,
                    args[0].startsWith("-") || args[0].equals("help") ? 0 : 2);
        };
    }

    /** Reads a password (without echo on a terminal) and prints its bcrypt hash for the configuration. */
    private static int hashPassword() {
        char[] password;
        if (System.console() != null) {
            password = System.console().readPassword("Password: ");
        } else {
            java.util.Scanner input = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8);
            password = input.hasNextLine() ? input.nextLine().toCharArray() : null;
        }
        if (password == null || password.length < 8) {
            System.err.println("hash-password: use at least 8 characters");
            return 2;
        }
        System.out.println(io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(new String(password), 12));
        return 0;
    }

    private static int usage(PrintStream out, int code) {
        out.println("""
                Usage:
                  java -jar quarkus-run.jar                      serve Dramatis on http://localhost:8080
                  java -jar quarkus-run.jar import <path>...     import folders, .zip, .jsonl or article files
                  java -jar quarkus-run.jar reindex              rebuild the search index from the database
                  java -jar quarkus-run.jar hash-password        print the bcrypt hash of a password (read from stdin)""");
        return code;
    }
}
