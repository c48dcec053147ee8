package io.dramatis.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jboss.logging.Logger;

import io.dramatis.article.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Gets articles from the database into the index, and keeps count of which made it.
 *
 * <p>An article is written with {@code index_pending} set; the flag is cleared only once
 * Elasticsearch has acknowledged its document. Whatever did not make it (Elasticsearch down, the
 * app killed between the two) is picked up again by the sweep, so the index catches up with the
 * database by itself.
 */
@ApplicationScoped
public class IndexingService {

    private static final Logger LOG = Logger.getLogger(IndexingService.class);

    private final SearchSession searchSession;
    private final EntityManager entityManager;
    private final IndexSchema schema;
    private final SearchConfig config;
    /** One thread records acknowledgements, off Hibernate Search's own threads. */
    private final ExecutorService acknowledgements = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "index-acknowledgements");
        thread.setDaemon(true);
        return thread;
    });

    IndexingService(SearchSession searchSession, EntityManager entityManager, IndexSchema schema, SearchConfig config) {
        this.searchSession = searchSession;
        this.entityManager = entityManager;
        this.schema = schema;
        this.config = config;
    }

    /**
     * Runs {@code work} in a new transaction, sends the articles it returns to the index when it
     * commits, and waits until the index has them (or failed to take them).
     *
     * @return the articles {@code work} returned, now in the database (and in the index unless it failed)
     */
    public List<Article> writeAndIndex(Supplier<List<Article>> work) {
        Written written = write(work);
        written.indexed().join();
        return written.articles();
    }

    /**
     * As {@link #writeAndIndex}, but returns once the database has committed: the index catches up
     * behind, so that a bulk import keeps extracting while Elasticsearch indexes. Hibernate Search's
     * bounded queues hold the writer back when Elasticsearch falls behind.
     */
    public List<Article> writeAndIndexBehind(Supplier<List<Article>> work) {
        return write(work).articles();
    }

    private record Written(List<Article> articles, CompletableFuture<Void> indexed) {
    }

    private Written write(Supplier<List<Article>> work) {
        AtomicReference<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> sent = new AtomicReference<>();
        List<Article> written = QuarkusTransaction.requiringNew().call(() -> {
            searchSession.indexingPlanSynchronizationStrategy(context -> {
                context.documentCommitStrategy(DocumentCommitStrategy.NONE);
                context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
                context.indexingFutureHandler(sent::set);
            });
            List<Article> articles = work.get();
            if (schema.isReady()) {
                articles.forEach(searchSession.indexingPlan()::addOrUpdate);
            } else {
                // No index yet (Elasticsearch not reachable so far): the sweep sends them later.
                searchSession.indexingPlanFilter(filter -> filter.exclude(Article.class));
            }
            return articles;
        });
        Set<Long> ids = new HashSet<>();
        written.forEach(article -> ids.add(article.getId()));
        if (!schema.isReady() || sent.get() == null || ids.isEmpty()) {
            return new Written(written, CompletableFuture.completedFuture(null));
        }
        CompletableFuture<Void> indexed = sent.get().handleAsync((report, failure) -> {
            settle(ids, report, failure);
            return null;
        }, acknowledgements);
        return new Written(written, indexed);
    }

    /** Clears the pending flag of the articles the index acknowledged; the others wait for the sweep. */
    private void settle(Set<Long> ids, SearchIndexingPlanExecutionReport report, Throwable failure) {
        Throwable problem = failure;
        if (problem == null && report != null && report.throwable().isPresent()) {
            List<? extends EntityReference> failing = report.failingEntities();
            if (failing.isEmpty()) {
                problem = report.throwable().get();
            } else {
                failing.forEach(reference -> ids.remove((Long) reference.id()));
                LOG.warnf("%d articles did not reach the index; they will be retried", failing.size());
            }
        }
        if (problem != null) {
            LOG.warnf("Articles are stored but did not reach the index (%s); they will be retried",
                    problem.getMessage());
            return;
        }
        try {
            markIndexed(ids);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record that %d articles are indexed (%s); the sweep will send them again",
                    ids.size(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        acknowledgements.shutdown();
    }

    /**
     * Sends every article still waiting to the index; returns how many made it. Articles written
     * less than {@code grace} ago are left alone: they are usually on their way already. Articles
     * that were indexed and changed since (re-pointed aliases) need a grace of zero.
     */
    public int catchUp(Duration grace) {
        if (!schema.ensureReady()) {
            return 0;
        }
        int total = 0;
        while (true) {
            Instant settled = Instant.now().minus(grace);
            List<Long> pending = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select a.id from Article a where a.indexPending = true and a.createdAt < :settled"
                            + " order by a.id", Long.class)
                    .setParameter("settled", settled)
                    .setMaxResults(config.indexingBatchSize())
                    .getResultList());
            if (pending.isEmpty()) {
                return total;
            }
            List<Article> written = writeAndIndex(() -> entityManager
                    .createQuery("from Article a where a.id in :ids", Article.class)
                    .setParameter("ids", pending)
                    .getResultList());
            long stillPending = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select count(a) from Article a where a.id in :ids and a.indexPending = true",
                            Long.class)
                    .setParameter("ids", pending)
                    .getSingleResult());
            total += written.size() - (int) stillPending;
            if (stillPending > 0) {
                return total;
            }
        }
    }

    @Scheduled(every = "${dramatis.search.sweep-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            int caughtUp = catchUp(config.sweepGrace());
            if (caughtUp > 0) {
                LOG.infof("Sent %d waiting articles to the index", caughtUp);
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Index sweep failed; retrying later");
        }
    }

    private void markIndexed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("update Article a set a.indexPending = false where a.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate());
    }
}
