package io.dramatis.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.dramatis.search.IndexingService;

/** Stores articles once each (by content hash) and hands them to the index. */
@ApplicationScoped
public class ArticleService {

    /** One article after it was offered: stored now, or found already stored. */
    public record Stored(Article article, boolean duplicate) {
    }

    private final EntityManager entityManager;
    private final IndexingService indexing;
    private final ArticleParser parser;

    ArticleService(EntityManager entityManager, IndexingService indexing, ArticleConfig config) {
        this.entityManager = entityManager;
        this.indexing = indexing;
        this.parser = new ArticleParser(config.maxFileSize().asLongValue());
    }

    public ArticleParser parser() {
        return parser;
    }

    public Stored add(String sourceName, byte[] content) throws ArticleFormatException {
        return addAll(List.of(new Offered(parser.parse(sourceName, content), sourceName))).get(0);
    }

    /** An article read from a file, with the name it came under. */
    public record Offered(ParsedArticle article, String sourceName) {
    }

    /**
     * Stores the articles that are not stored yet, in one transaction, and indexes them. Answers one
     * {@link Stored} per offered article, in order; a repeat within the batch is a duplicate too.
     */
    public List<Stored> addAll(List<Offered> offered) {
        try {
            return store(offered);
        } catch (PersistenceException raced) {
            // A concurrent writer stored one of these between our look-up and our insert; now it is found.
            return store(offered);
        }
    }

    private List<Stored> store(List<Offered> offered) {
        List<Stored> outcome = new ArrayList<>(offered.size());
        indexing.writeAndIndex(() -> {
            List<Article> created = new ArrayList<>();
            Map<String, Article> byHash = new HashMap<>();
            for (Offered offer : offered) {
                String hash = offer.article().contentHash();
                Article known = byHash.computeIfAbsent(hash, h -> findByHash(h).orElse(null));
                if (known != null) {
                    outcome.add(new Stored(known, true));
                    continue;
                }
                Article article = new Article(offer.article(), offer.sourceName());
                entityManager.persist(article);
                byHash.put(hash, article);
                created.add(article);
                outcome.add(new Stored(article, false));
            }
            entityManager.flush();
            return created;
        });
        return outcome;
    }

    @Transactional
    public Optional<Article> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }

    @Transactional
    public long count() {
        return entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    private Optional<Article> findByHash(String hash) {
        return entityManager.createQuery("from Article a where a.contentHash = :hash", Article.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }
}
