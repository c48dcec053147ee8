package io.dramatis.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleService;
import io.dramatis.nlp.EntityExtractor;
import io.dramatis.nlp.ExtractionService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs one import job to its end: lists its items (once), then streams them through parse,
 * duplicate check, extraction (on the worker pool) and storage, in bounded steps so that memory
 * stays flat however many items there are.
 *
 * <p>Each stored batch commits its articles together with its items' outcomes and the job's
 * counts, so a job killed at any moment resumes from its last batch: what was committed is not
 * done again, what was not is done once.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int PAGE = 500;
    /** Items read and checked for duplicates together. */
    private static final int CHUNK = 50;

    /** What became of one item, ready to be written. */
    private record Outcome(long itemId, ItemReader.Read read, EntityExtractor.Extraction extraction, String failure,
            Long duplicateOf) {
    }

    private static final Outcome END = new Outcome(-1, null, null, null, null);

    private final EntityManager entityManager;
    private final ArticleService articles;
    private final ExtractionService extraction;
    private final IngestConfig config;
    private final Instances instances;
    private final ImportMetrics metrics;

    ImportRunner(EntityManager entityManager, ArticleService articles, ExtractionService extraction,
            IngestConfig config, Instances instances, ImportMetrics metrics) {
        this.metrics = metrics;
        this.entityManager = entityManager;
        this.articles = articles;
        this.extraction = extraction;
        this.config = config;
        this.instances = instances;
    }

    /**
     * Does what there is to do on a job: list its items if nobody is listing them, then import
     * pending items until none is left, then mark it done if no instance still holds any. Several
     * instances may work on one job at once; each item is claimed by one.
     */
    void work(String jobId) {
        ImportJob job = Transient.inNewTransaction("read import job " + jobId,
                () -> entityManager.find(ImportJob.class, jobId));
        if (job == null || job.getState() == ImportJob.State.DONE || job.getState() == ImportJob.State.FAILED) {
            return;
        }
        try {
            if (!job.isExpanded()) {
                if (!takeListing(jobId)) {
                    return;
                }
                expand(job);
            }
            process(jobId);
            finishIfComplete(jobId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", jobId);
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            Transient.inNewTransaction("record the failure of import job " + jobId,
                    () -> entityManager.find(ImportJob.class, jobId).fail(reason));
        }
    }

    /** This instance lists the job's items, unless a live one already does. */
    private boolean takeListing(String jobId) {
        return Transient.inNewTransaction("claim the listing of import job " + jobId,
                () -> entityManager.createNativeQuery("update import_job set lister = ?1, state = 'RUNNING'"
                        + " where id = ?2 and expanded = false and (lister is null or lister = ?1)")
                        .setParameter(1, instances.id()).setParameter(2, jobId).executeUpdate() == 1);
    }

    /** Done when nothing is left pending or claimed: whichever instance gets here last says so. */
    private void finishIfComplete(String jobId) {
        Transient.inNewTransaction("finish import job " + jobId, () -> {
            entityManager.createNativeQuery("update import_job set state = 'DONE', finished_at = ?1 where id = ?2"
                    + " and state = 'RUNNING' and expanded = true and not exists (select 1 from import_item"
                    + " where job_id = ?2 and state in ('PENDING', 'CLAIMED'))")
                    .setParameter(1, java.time.Instant.now()).setParameter(2, jobId).executeUpdate();
        });
    }

    /** Lists the job's items; a listing cut short by a crash is thrown away and done again. */
    private void expand(ImportJob job) {
        String jobId = job.getId();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createQuery("delete from ImportItem i where i.jobId = :job").setParameter("job", jobId)
                    .executeUpdate();
            entityManager.find(ImportJob.class, jobId).start();
        });
        List<ItemSpec> batch = new ArrayList<>();
        int[] counts = new int[2];
        Expander expander = new Expander(articles.parser().maxBytes(), config.maxArchiveEntries());
        expander.expand(Path.of(job.getSourcePath()), spec -> {
            batch.add(spec);
            counts[0]++;
            if (spec.refusal() != null) {
                counts[1]++;
            }
            if (batch.size() == 1000) {
                insert(jobId, batch);
            }
        });
        insert(jobId, batch);
        QuarkusTransaction.requiringNew().run(() -> entityManager.find(ImportJob.class, jobId)
                .expanded(counts[0], counts[1]));
        LOG.infof("Import job %s: %d items to import from %s", jobId, counts[0], job.getDescription());
    }

    private void insert(String jobId, List<ItemSpec> batch) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (ItemSpec spec : batch) {
                entityManager.persist(new ImportItem(jobId, spec));
            }
        });
        batch.clear();
    }

    private void process(String jobId) {
        int permits = extraction.workerCount() * config.inFlightPerWorker();
        Semaphore inFlight = new Semaphore(permits);
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(permits + config.batchSize());
        AtomicReference<RuntimeException> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                write(jobId, outcomes);
            } catch (RuntimeException e) {
                writerFailure.set(e);
            }
        }, "import-writer-" + jobId.substring(0, 8));
        writer.start();
        try (ItemReader reader = new ItemReader(articles.parser())) {
            List<ImportItem> page;
            while (!(page = claim(jobId)).isEmpty()) {
                for (int from = 0; from < page.size(); from += CHUNK) {
                    if (writerFailure.get() != null) {
                        throw writerFailure.get();
                    }
                    read(page.subList(from, Math.min(page.size(), from + CHUNK)), reader, inFlight, outcomes);
                }
            }
            inFlight.acquire(permits);
            outcomes.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new IllegalStateException("Import job " + jobId + " was interrupted", e);
        }
        if (writerFailure.get() != null) {
            throw writerFailure.get();
        }
    }

    /**
     * Takes the next page of pending items for this instance. Rows another instance is claiming
     * at the same moment are skipped (SKIP LOCKED where the database has it), and the update only
     * takes rows still pending, so two instances never hold one item.
     */
    private List<ImportItem> claim(String jobId) {
        return Transient.inNewTransaction("claim import items", () -> {
            List<Long> ids = entityManager.createQuery("select i.id from ImportItem i where i.jobId = :job"
                    + " and i.state = :pending order by i.id", Long.class)
                    .setParameter("job", jobId)
                    .setParameter("pending", ImportItem.State.PENDING)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.<ImportItem>of();
            }
            entityManager.createQuery("update ImportItem i set i.state = :claimed, i.claimedBy = :me,"
                    + " i.claimedAt = :now where i.id in :ids and i.state = :pending")
                    .setParameter("claimed", ImportItem.State.CLAIMED)
                    .setParameter("me", instances.id())
                    .setParameter("now", java.time.Instant.now())
                    .setParameter("ids", ids)
                    .setParameter("pending", ImportItem.State.PENDING)
                    .executeUpdate();
            List<ImportItem> claimed = entityManager.createQuery("from ImportItem i where i.id in :ids"
                    + " and i.claimedBy = :me and i.state = :claimed order by i.id", ImportItem.class)
                    .setParameter("ids", ids)
                    .setParameter("me", instances.id())
                    .setParameter("claimed", ImportItem.State.CLAIMED)
                    .getResultList();
            claimed.forEach(entityManager::detach);
            return claimed;
        });
    }

    /**
     * Reads a few items, checks them against the stored articles in one query, and sends the new
     * ones to extraction (waiting while too many are in flight).
     */
    private void read(List<ImportItem> items, ItemReader reader, Semaphore inFlight, BlockingQueue<Outcome> outcomes)
            throws InterruptedException {
        List<ImportItem> readable = new ArrayList<>();
        List<ItemReader.Read> reads = new ArrayList<>();
        for (ImportItem item : items) {
            try {
                reads.add(reader.read(item));
                readable.add(item);
            } catch (ArticleFormatException e) {
                outcomes.put(new Outcome(item.getId(), null, null, e.reason(), null));
            }
        }
        List<String> hashes = reads.stream().map(r -> r.article().contentHash()).toList();
        Map<String, Long> known = Transient.retry("check for duplicates", () -> articles.idsByContentHash(hashes));
        for (int i = 0; i < readable.size(); i++) {
            long itemId = readable.get(i).getId();
            ItemReader.Read read = reads.get(i);
            Long duplicateOf = known.get(read.article().contentHash());
            if (duplicateOf != null) {
                outcomes.put(new Outcome(itemId, read, null, null, duplicateOf));
                continue;
            }
            inFlight.acquire();
            extraction.submit(read.article()).whenComplete((extracted, failure) -> {
                try {
                    outcomes.put(failure == null
                            ? new Outcome(itemId, read, extracted, null, null)
                            : new Outcome(itemId, null, null, "entity extraction failed: " + failure.getMessage(),
                                    null));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    /** Stores outcomes in batches until the end marker. */
    private void write(String jobId, BlockingQueue<Outcome> outcomes) {
        List<Outcome> batch = new ArrayList<>();
        try {
            while (true) {
                Outcome next = outcomes.poll(250, TimeUnit.MILLISECONDS);
                boolean end = next == END;
                if (next != null && !end) {
                    batch.add(next);
                }
                if (!batch.isEmpty() && (end || next == null || batch.size() >= config.batchSize())) {
                    Transient.retry("store a batch of articles", () -> commit(jobId, batch));
                    batch.clear();
                }
                if (end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One transaction: the new articles, every item's outcome, the job's counts. */
    private void commit(String jobId, List<Outcome> batch) {
        List<ArticleService.Offered> offered = new ArrayList<>();
        List<Outcome> toStore = new ArrayList<>();
        for (Outcome outcome : batch) {
            if (outcome.extraction() != null) {
                offered.add(new ArticleService.Offered(outcome.read().article(), outcome.read().sourceName(),
                        outcome.extraction()));
                toStore.add(outcome);
            }
        }
        AtomicReference<Counts> counted = new AtomicReference<>();
        articles.importAll(offered, stored -> {
            List<Long> ids = batch.stream().map(Outcome::itemId).toList();
            Map<Long, ImportItem> items = new java.util.HashMap<>();
            entityManager.createQuery("from ImportItem i where i.id in :ids", ImportItem.class)
                    .setParameter("ids", ids).getResultList().forEach(i -> items.put(i.getId(), i));
            int imported = 0;
            int duplicates = 0;
            int failed = 0;
            for (Outcome outcome : batch) {
                ImportItem item = items.get(outcome.itemId());
                if (outcome.failure() != null) {
                    item.failed(outcome.failure());
                    failed++;
                } else if (outcome.duplicateOf() != null) {
                    item.duplicateOf(outcome.duplicateOf());
                    duplicates++;
                }
            }
            for (int i = 0; i < toStore.size(); i++) {
                ArticleService.Stored result = stored.get(i);
                ImportItem item = items.get(toStore.get(i).itemId());
                if (result.duplicate()) {
                    item.duplicateOf(result.article().getId());
                    duplicates++;
                } else {
                    item.imported(result.article().getId());
                    imported++;
                }
            }
            counted.set(new Counts(imported, duplicates, failed));
            entityManager.createQuery("update ImportJob j set j.imported = j.imported + :imported,"
                    + " j.duplicates = j.duplicates + :duplicates, j.failed = j.failed + :failed,"
                    + " j.processed = j.processed + :processed where j.id = :job")
                    .setParameter("imported", imported)
                    .setParameter("duplicates", duplicates)
                    .setParameter("failed", failed)
                    .setParameter("processed", batch.size())
                    .setParameter("job", jobId)
                    .executeUpdate();
        });
        // Counted once committed: a commit that failed runs the callback again.
        metrics.counted(counted.get().imported(), counted.get().duplicates(), counted.get().failed());
    }

    private record Counts(int imported, int duplicates, int failed) {
    }
}
