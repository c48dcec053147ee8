package io.dramatis.admin;

import jakarta.enterprise.context.ApplicationScoped;

import io.dramatis.article.ArticleService;
import io.dramatis.nlp.AliasService;
import io.dramatis.nlp.AliasTable;
import io.dramatis.nlp.ExtractionService;
import io.dramatis.search.IndexingService;

/**
 * Saves an edited alias table and makes everything follow it: new extractions, the mentions
 * already stored (re-pointed, not re-extracted) and the index.
 */
@ApplicationScoped
public class AliasAdminService {

    /** What saving a table changed. */
    public record Applied(int entries, int articlesChanged) {
    }

    private final AliasService aliases;
    private final ExtractionService extraction;
    private final ArticleService articles;
    private final IndexingService indexing;

    AliasAdminService(AliasService aliases, ExtractionService extraction, ArticleService articles,
            IndexingService indexing) {
        this.aliases = aliases;
        this.extraction = extraction;
        this.articles = articles;
        this.indexing = indexing;
    }

    public String current() {
        return aliases.current().format();
    }

    public Applied save(String text) throws AliasTable.InvalidAliasException {
        AliasTable table = aliases.save(text);
        extraction.useAliases(table);
        int changed = articles.applyAliases(extraction.resolver());
        indexing.catchUp();
        return new Applied(table.entries().size(), changed);
    }
}
