package io.dramatis.ingest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A job as {@code GET /api/imports/{jobId}} answers it. {@code failed} lists every item that did
 * not import, with why (up to {@link ImportService#MAX_FAILURES_LISTED}; {@code failedCount} is
 * always the full count).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportStatus(String jobId, String state, String description, int total, int processed, int imported,
        int duplicates, int failedCount, List<Failure> failed, String error, Instant createdAt, Instant startedAt,
        Instant finishedAt, Double articlesPerSecond) {

    public record Failure(String name, String reason) {
    }

    public boolean isFinished() {
        return state.equals(ImportJob.State.DONE.name()) || state.equals(ImportJob.State.FAILED.name());
    }

    /** 0 to 100, for progress bars; a job still listing its items is at 0. */
    public int percent() {
        return total == 0 ? (isFinished() ? 100 : 0) : (int) Math.min(100, (100L * processed) / total);
    }
}
