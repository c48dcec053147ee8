package io.dramatis.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import io.dramatis.article.Article;
import io.dramatis.node.NodeLifecycle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the article index once Elasticsearch answers: at start-up (right after the embedded node
 * is up), or later if an external cluster was unreachable then. An index whose mapping no longer
 * matches the app's is rebuilt from the database, which always holds everything.
 */
@ApplicationScoped
public class IndexSchema {

    public static final int STARTUP_PRIORITY = NodeLifecycle.STARTUP_PRIORITY + 1;

    private static final Logger LOG = Logger.getLogger(IndexSchema.class);

    private final SearchMapping searchMapping;
    private final EntityManager entityManager;
    private final SearchConfig config;
    private volatile boolean ready;
    private volatile boolean started;

    IndexSchema(SearchMapping searchMapping, EntityManager entityManager, SearchConfig config) {
        this.searchMapping = searchMapping;
        this.entityManager = entityManager;
        this.config = config;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        started = true;
        ensureReady();
    }

    public boolean isReady() {
        return ready;
    }

    /** Makes sure the index exists and fits the mapping; false while Elasticsearch cannot be reached. */
    public synchronized boolean ensureReady() {
        if (ready) {
            return true;
        }
        if (!started) {
            // Start-up has not reached us yet: the embedded node may still be starting.
            return false;
        }
        SearchSchemaManager schema = searchMapping.scope(Article.class).schemaManager();
        try {
            if (config.recreateIndexOnStart()) {
                schema.dropAndCreate();
            } else {
                schema.createIfMissing();
                try {
                    schema.validate();
                } catch (SearchException mismatch) {
                    LOG.warnf("The article index does not match this version of Dramatis; rebuilding it from the"
                            + " database. (%s)", mismatch.getMessage());
                    schema.dropAndCreate();
                    QuarkusTransaction.requiringNew().run(() -> entityManager
                            .createQuery("update Article a set a.indexPending = true")
                            .executeUpdate());
                }
            }
            ready = true;
            return true;
        } catch (SearchException unreachable) {
            LOG.warnf("Elasticsearch cannot be reached yet (%s); articles are kept in the database and indexed"
                    + " once it answers", unreachable.getMessage());
            return false;
        }
    }
}
