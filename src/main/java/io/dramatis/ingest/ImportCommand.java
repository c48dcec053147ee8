package io.dramatis.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code import <path>...}: the same pipeline as the server's imports, with a progress bar
 * (done/total, rate, time left) and a summary.
 */
@ApplicationScoped
public class ImportCommand {

    private static final int BAR = 30;
    private static final int FAILURES_SHOWN = 20;

    private final ImportService imports;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    public int run(List<String> paths) {
        if (paths.isEmpty()) {
            System.err.println("import: name at least one folder, .zip, .jsonl or article file");
            return 2;
        }
        int code = 0;
        for (String path : paths) {
            ImportJob job;
            try {
                job = imports.createFromLocalPath(Path.of(path));
            } catch (IllegalArgumentException e) {
                System.err.println("import: " + e.getMessage());
                code = 2;
                continue;
            }
            ImportStatus status = follow(job.getId(), System.err);
            summarize(status, System.out);
            if (!status.state().equals(ImportJob.State.DONE.name())) {
                code = 1;
            }
        }
        return code;
    }

    private ImportStatus follow(String jobId, PrintStream out) {
        boolean terminal = System.console() != null;
        Instant lastLine = Instant.EPOCH;
        while (true) {
            ImportStatus status = imports.progress(jobId).orElseThrow();
            if (terminal) {
                out.print("\r" + progress(status));
                out.flush();
            } else if (status.isFinished() || Duration.between(lastLine, Instant.now()).toSeconds() >= 5) {
                out.println(progress(status));
                lastLine = Instant.now();
            }
            if (status.isFinished()) {
                if (terminal) {
                    out.println();
                }
                return imports.status(jobId).orElseThrow();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }

    /** {@code [#########.....]  9,523/19,048  50%  452/s  0:21 elapsed  0:21 left} */
    static String progress(ImportStatus status) {
        if (status.total() == 0 && !status.isFinished()) {
            return "listing files...";
        }
        int filled = status.percent() * BAR / 100;
        String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
        double rate = status.articlesPerSecond() == null ? 0 : status.articlesPerSecond();
        long elapsed = status.startedAt() == null ? 0 : Duration.between(status.startedAt(),
                status.finishedAt() != null ? status.finishedAt() : Instant.now()).toSeconds();
        String left = rate > 0 && !status.isFinished()
                ? clock((long) ((status.total() - status.processed()) / rate)) + " left" : "";
        return String.format(Locale.ROOT, "[%s] %,d/%,d %3d%%  %,.0f/s  %s elapsed  %s   ", bar, status.processed(),
                status.total(), status.percent(), rate, clock(elapsed), left);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static void summarize(ImportStatus status, PrintStream out) {
        double seconds = status.startedAt() == null || status.finishedAt() == null ? 0
                : Duration.between(status.startedAt(), status.finishedAt()).toMillis() / 1000.0;
        out.printf(Locale.ROOT, "%s: %s. %,d items: %,d imported, %,d duplicates, %,d failed, in %.1f s%s%n",
                status.description(), status.state().equals("DONE") ? "done" : "FAILED (" + status.error() + ")",
                status.total(), status.imported(), status.duplicates(), status.failedCount(), seconds,
                status.articlesPerSecond() == null ? "" : String.format(Locale.ROOT, " (%,.0f/s)",
                        status.articlesPerSecond()));
        List<ImportStatus.Failure> failures = status.failed() == null ? List.of() : status.failed();
        failures.stream().limit(FAILURES_SHOWN).forEach(f -> out.println("  failed: " + f.name() + ": " + f.reason()));
        if (status.failedCount() > FAILURES_SHOWN) {
            out.printf(Locale.ROOT, "  ... and %,d more (GET /api/imports/%s lists them all)%n",
                    status.failedCount() - FAILURES_SHOWN, status.jobId());
        }
    }
}
