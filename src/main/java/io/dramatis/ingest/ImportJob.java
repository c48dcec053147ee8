package io.dramatis.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One import: what it reads, where it stands, and its counts (updated with each batch it stores). */
@Entity
public class ImportJob {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String sourcePath;

    /** Set once every item of the job is listed; until then a restart lists them again. */
    @Column(nullable = false)
    private boolean expanded;

    private int total;
    private int processed;
    private int imported;
    private int duplicates;
    private int failed;

    private String error;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant startedAt;
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String id, String description, String sourcePath) {
        this.id = id;
        this.description = description;
        this.sourcePath = sourcePath;
        this.state = State.QUEUED;
        this.createdAt = Instant.now();
    }

    public String getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public String getDescription() {
        return description;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public boolean isExpanded() {
        return expanded;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getImported() {
        return imported;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getFailed() {
        return failed;
    }

    public String getError() {
        return error;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    void start() {
        state = State.RUNNING;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
    }

    /** Every item is listed: {@code total} of them, {@code failedAlready} refused while listing. */
    void expanded(int total, int failedAlready) {
        this.expanded = true;
        this.total = total;
        this.failed = failedAlready;
        this.processed = failedAlready;
    }

    void fail(String reason) {
        state = State.FAILED;
        error = reason;
        finishedAt = Instant.now();
    }
}
