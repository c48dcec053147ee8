package io.dramatis.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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

    IndexingService(SearchSession searchSession, EntityManager entityManager, IndexSchema schema, SearchConfig config) {
        this.searchSession = searchSession;
        this.entityManager = entityManager;
        this.schema = schema;
        this.config = config;
    }

    /**
     * Runs {@code work} in a new transaction, sends the articles it returns to the index when it
     * commits, and clears their pending flag once the index has them.
     *
     * @return the articles {@code work} returned, now in the database (and in the index unless it failed)
     */
    public List<Article> writeAndIndex(Supplier<List<Article>> work) {
        AtomicReference<SearchIndexingPlanExecutionReport> report = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Article> written = QuarkusTransaction.requiringNew().call(() -> {
            searchSession.indexingPlanSynchronizationStrategy(context -> {
                context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
                context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
                context.indexingFutureHandler(future -> {
                    try {
                        report.set(future.join());
                    } catch (CompletionException | java.util.concurrent.CancellationException e) {
                        failure.set(e.getCause() == null ? e : e.getCause());
                    }
                });
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
        Set<Long> indexed = new HashSet<>();
        written.forEach(article -> indexed.add(article.getId()));
        if (!schema.isReady()) {
            return written;
        }
        Throwable problem = failure.get();
        if (problem == null && report.get() != null && report.get().throwable().isPresent()) {
            problem = report.get().throwable().get();
            List<? extends EntityReference> failing = report.get().failingEntities();
            if (!failing.isEmpty()) {
                failing.forEach(reference -> indexed.remove((Long) reference.id()));
                problem = null;
                LOG.warnf("%d of %d articles did not reach the index; they will be retried", failing.size(),
                        written.size());
            }
        }
        if (problem != null) {
            LOG.warnf("Articles are stored but did not reach the index (%s); they will be retried",
                    problem.getMessage());
            return written;
        }
        markIndexed(indexed);
        return written;
    }

    /** Sends every article still waiting to the index; returns how many made it. */
    public int catchUp() {
        if (!schema.ensureReady()) {
            return 0;
        }
        int total = 0;
        while (true) {
            List<Long> pending = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select a.id from Article a where a.indexPending = true order by a.id", Long.class)
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
            int caughtUp = catchUp();
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
