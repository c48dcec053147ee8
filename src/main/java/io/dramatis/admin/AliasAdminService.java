package io.dramatis.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.dramatis.article.ArticleService;
import io.dramatis.nlp.AliasService;
import io.dramatis.nlp.AliasTable;
import io.dramatis.nlp.ExtractionService;
import io.dramatis.search.IndexingService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Saves an edited alias table and makes everything follow it: new extractions, the mentions
 * already stored (re-pointed, not re-extracted) and the index; on every instance sharing the
 * database, within one check interval.
 */
@ApplicationScoped
public class AliasAdminService {

    private static final Logger LOG = Logger.getLogger(AliasAdminService.class);

    /** What saving a table changed. */
    public record Applied(int entries, int articlesChanged) {
    }

    private final AliasService aliases;
    private final ExtractionService extraction;
    private final ArticleService articles;
    private final IndexingService indexing;
    /** The saved table the extraction here follows; empty while it is the shipped default. */
    private volatile Optional<Instant> followed;

    AliasAdminService(AliasService aliases, ExtractionService extraction, ArticleService articles,
            IndexingService indexing) {
        this.aliases = aliases;
        this.extraction = extraction;
        this.articles = articles;
        this.indexing = indexing;
    }

    void onStart(@Observes StartupEvent event) {
        followed = aliases.savedAt();
    }

    public String current() {
        return aliases.current().format();
    }

    public Applied save(String text) throws AliasTable.InvalidAliasException {
        AliasTable table = aliases.save(text);
        followed = aliases.savedAt();
        return new Applied(table.entries().size(), apply(table));
    }

    /**
     * Takes up a table another instance saved. Re-pointing the stored mentions again is
     * idempotent, and it also fixes what this instance stored with the old table meanwhile.
     */
    @Scheduled(every = "${dramatis.nlp.alias-follow-interval:10s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            Optional<Instant> savedAt = aliases.savedAt();
            if (savedAt.isPresent() && !savedAt.equals(followed)) {
                followed = savedAt;
                int changed = apply(aliases.current());
                LOG.infof("Took up the alias table saved at %s; %d articles changed", savedAt.get(), changed);
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not check for a newer alias table; trying again shortly");
        }
    }

    private int apply(AliasTable table) {
        extraction.useAliases(table);
        int changed = articles.applyAliases(extraction.resolver());
        indexing.catchUp(Duration.ZERO);
        return changed;
    }
}
