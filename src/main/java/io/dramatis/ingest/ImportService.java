package io.dramatis.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Import jobs: created from uploads or from a server folder, worked on in the background by
 * every instance sharing the database, and resumed after a restart from where they stopped.
 */
@ApplicationScoped
public class ImportService {

    public static final int MAX_FAILURES_LISTED = 10_000;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** A file as uploaded: its name as the client gave it, and where the server saved it. */
    public record Upload(String fileName, Path savedAt) {
    }

    /** A path outside every import root. */
    public static class OutsideImportRootsException extends RuntimeException {
        public OutsideImportRootsException(String message) {
            super(message);
        }
    }

    private final EntityManager entityManager;
    private final ImportRunner runner;
    private final IngestConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final Instances instances;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(EntityManager entityManager, ImportRunner runner, IngestConfig config,
            TransactionSynchronizationRegistry transactions, Instances instances) {
        this.entityManager = entityManager;
        this.runner = runner;
        this.config = config;
        this.transactions = transactions;
        this.instances = instances;
    }

    /**
     * Joins every unfinished job: those a stopped app left behind, and those other instances
     * sharing the database are working on. Work claimed by instances that went silent goes back
     * to the pool first.
     */
    @Scheduled(every = "${dramatis.ingest.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.joinJobs()) {
            return;
        }
        try {
            instances.releaseStale();
            List<String> unfinished = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select j.id from ImportJob j where j.state in :states order by j.createdAt",
                            String.class)
                    .setParameter("states", List.of(ImportJob.State.RUNNING, ImportJob.State.QUEUED))
                    .getResultList());
            unfinished.forEach(this::schedule);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not look for import work; trying again shortly");
        }
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
    }

    /** A job over files a client uploaded; they move into the job's spool folder. */
    @Transactional
    public ImportJob createFromUploads(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new IllegalArgumentException("No files: send one or more 'files' parts (article files, .zip"
                    + " archives or .jsonl files)");
        }
        String id = UUID.randomUUID().toString();
        Path spool = config.spool().resolve(id).toAbsolutePath();
        try {
            Files.createDirectories(spool);
            int n = 0;
            for (Upload upload : uploads) {
                Path target = spool.resolve(String.format("%05d-%s", ++n, safeName(upload.fileName())));
                Files.move(upload.savedAt(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploads: " + e.getMessage(), e);
        }
        String description = uploads.size() == 1 ? "upload of " + uploads.get(0).fileName()
                : "upload of " + uploads.size() + " files";
        return create(new ImportJob(id, description, spool.toString()));
    }

    /** A job over a server folder (or one file in it), which must lie inside an import root. */
    @Transactional
    public ImportJob createFromPath(String path) {
        Path requested = Path.of(path);
        if (!requested.isAbsolute()) {
            throw new IllegalArgumentException("'" + path + "' is not an absolute path; name the folder from /");
        }
        Path real = real(requested);
        boolean inside = config.importRoots().stream().map(ImportService::realOrNull)
                .anyMatch(root -> root != null && real.startsWith(root));
        if (!inside) {
            throw new OutsideImportRootsException("'" + path + "' is outside the import roots " + config.importRoots()
                    + "; imports read only from there (setting dramatis.ingest.import-roots)");
        }
        return createFromLocalPath(real);
    }

    /** A job over a local folder or file, for the operator's command line (no import roots apply). */
    @Transactional
    public ImportJob createFromLocalPath(Path path) {
        Path real = real(path.toAbsolutePath());
        if (!Files.isDirectory(real) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("'" + path + "' is neither a folder nor a file");
        }
        return create(new ImportJob(UUID.randomUUID().toString(), real.toString(), real.toString()));
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("No folder or file at '" + path + "'");
        }
    }

    private ImportJob create(ImportJob job) {
        entityManager.persist(job);
        String id = job.getId();
        // Run once the job is committed, or the runner would not find it.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    schedule(id);
                }
            }
        });
        return job;
    }

    /** Queues work on a job, once: a job already waiting for this instance's worker is not queued twice. */
    private void schedule(String jobId) {
        if (queued.add(jobId)) {
            jobs.submit(() -> {
                queued.remove(jobId);
                runner.work(jobId);
            });
        }
    }

    @Transactional
    public Optional<ImportStatus> status(String jobId) {
        ImportJob job = entityManager.find(ImportJob.class, jobId);
        if (job == null) {
            return Optional.empty();
        }
        List<ImportStatus.Failure> failures = entityManager.createQuery("select i.name, i.reason from ImportItem i"
                + " where i.jobId = :job and i.state = :failed order by i.id", Object[].class)
                .setParameter("job", jobId)
                .setParameter("failed", ImportItem.State.FAILED)
                .setMaxResults(MAX_FAILURES_LISTED)
                .getResultStream()
                .map(row -> new ImportStatus.Failure((String) row[0], (String) row[1]))
                .toList();
        return Optional.of(toStatus(job, failures));
    }

    /** Where a job stands, without its failure list: for following a job as it runs. */
    @Transactional
    public Optional<ImportStatus> progress(String jobId) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, jobId)).map(job -> toStatus(job, null));
    }

    /** The latest jobs, newest first, without their failure lists. */
    @Transactional
    public List<ImportStatus> recent(int limit) {
        return entityManager.createQuery("from ImportJob j order by j.createdAt desc", ImportJob.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(job -> toStatus(job, null))
                .toList();
    }

    private static ImportStatus toStatus(ImportJob job, List<ImportStatus.Failure> failures) {
        Double rate = null;
        if (job.getStartedAt() != null && job.getProcessed() > 0) {
            Instant end = job.getFinishedAt() != null ? job.getFinishedAt() : Instant.now();
            double seconds = Math.max(0.001, Duration.between(job.getStartedAt(), end).toMillis() / 1000.0);
            rate = Math.round(job.getProcessed() / seconds * 10) / 10.0;
        }
        return new ImportStatus(job.getId(), job.getState().name(), job.getDescription(), job.getTotal(),
                job.getProcessed(), job.getImported(), job.getDuplicates(), job.getFailed(), failures, job.getError(),
                job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(), rate);
    }

    private static Path realOrNull(Path root) {
        try {
            return root.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The last part of a client's file name, with nothing that could climb out of the spool. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "file" + name;
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }
}
