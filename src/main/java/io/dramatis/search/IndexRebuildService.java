package io.dramatis.search;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.dramatis.article.Article;
import io.dramatis.article.ArticleService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the index from the database: what the articles mention is stored, so nothing is
 * extracted again. The index is dropped and created anew (the embedded node cannot delete by
 * query), so searches find nothing for the few seconds it takes.
 */
@ApplicationScoped
public class IndexRebuildService {

    private static final Logger LOG = Logger.getLogger(IndexRebuildService.class);

    /** Where a rebuild stands. */
    public record Rebuild(String state, long articles, Instant startedAt, Instant finishedAt, Double articlesPerSecond,
            String error) {
    }

    private final SearchMapping searchMapping;
    private final EntityManager entityManager;
    private final IndexSchema schema;
    private final ArticleService articles;
    private final AtomicReference<Rebuild> last = new AtomicReference<>(new Rebuild("NEVER", 0, null, null, null, null));

    IndexRebuildService(SearchMapping searchMapping, EntityManager entityManager, IndexSchema schema,
            ArticleService articles) {
        this.searchMapping = searchMapping;
        this.entityManager = entityManager;
        this.schema = schema;
        this.articles = articles;
    }

    public Rebuild last() {
        return last.get();
    }

    /** Starts a rebuild in the background unless one is running; answers where it stands. */
    public synchronized Rebuild start() {
        if (last.get().state().equals("RUNNING")) {
            return last.get();
        }
        Rebuild running = new Rebuild("RUNNING", 0, Instant.now(), null, null, null);
        last.set(running);
        Thread worker = new Thread(() -> rebuild(running.startedAt()), "index-rebuild");
        worker.setDaemon(true);
        worker.start();
        return running;
    }

    /** Rebuilds now, on this thread. */
    public Rebuild rebuildNow() {
        Instant began = Instant.now();
        last.set(new Rebuild("RUNNING", 0, began, null, null, null));
        return rebuild(began);
    }

    private Rebuild rebuild(Instant began) {
        try {
            if (!schema.ensureReady()) {
                throw new IllegalStateException("Elasticsearch cannot be reached");
            }
            long count = QuarkusTransaction.requiringNew().call(articles::count);
            // Articles written while the index is dropped and refilled may have reached the old index only:
            // they are sent again by the sweep.
            Instant cutoff = Instant.now();
            searchMapping.scope(Article.class).massIndexer()
                    .dropAndCreateSchemaOnStart(true)
                    .purgeAllOnStart(false)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(Math.max(2, Runtime.getRuntime().availableProcessors()))
                    .batchSizeToLoadObjects(500)
                    .startAndWait();
            // Only the rows whose flag changes: rewriting every row (body and all) took a third of a rebuild.
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createQuery("update Article a set a.indexPending = false"
                        + " where a.createdAt < :cutoff and a.indexPending = true")
                        .setParameter("cutoff", cutoff).executeUpdate();
                entityManager.createQuery("update Article a set a.indexPending = true"
                        + " where a.createdAt >= :cutoff and a.indexPending = false")
                        .setParameter("cutoff", cutoff).executeUpdate();
            });
            Instant finished = Instant.now();
            double seconds = Math.max(0.001, Duration.between(began, finished).toMillis() / 1000.0);
            Rebuild done = new Rebuild("DONE", count, began, finished, Math.round(count / seconds * 10) / 10.0, null);
            last.set(done);
            LOG.infof("Rebuilt the index from the database: %d articles in %.1f s (%.0f/s)", count, seconds,
                    count / seconds);
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(began, e);
        } catch (RuntimeException e) {
            return fail(began, e);
        }
    }

    private Rebuild fail(Instant began, Exception e) {
        LOG.errorf(e, "Rebuilding the index failed");
        Rebuild failed = new Rebuild("FAILED", 0, began, Instant.now(), null, String.valueOf(e.getMessage()));
        last.set(failed);
        return failed;
    }
}
