package io.dramatis.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.dramatis.nlp.EntityExtractor;
import io.dramatis.nlp.ExtractionService;
import io.dramatis.nlp.MentionResolver;
import io.dramatis.search.IndexingService;

/** Stores articles once each (by content hash), with what they mention, and hands them to the index. */
@ApplicationScoped
public class ArticleService {

    /** One article after it was offered: stored now, or found already stored. */
    public record Stored(Article article, boolean duplicate) {
    }

    /** An article read from a file, the name it came under, and what it mentions. */
    public record Offered(ParsedArticle article, String sourceName, EntityExtractor.Extraction extraction) {
    }

    private final EntityManager entityManager;
    private final IndexingService indexing;
    private final ExtractionService extraction;
    private final ArticleParser parser;

    ArticleService(EntityManager entityManager, IndexingService indexing, ExtractionService extraction,
            ArticleConfig config) {
        this.entityManager = entityManager;
        this.indexing = indexing;
        this.extraction = extraction;
        this.parser = new ArticleParser(config.maxFileSize().asLongValue());
    }

    public ArticleParser parser() {
        return parser;
    }

    /** Parses, extracts and stores one article; a known one is answered as a duplicate, unextracted. */
    public Stored add(String sourceName, byte[] content) throws ArticleFormatException {
        ParsedArticle parsed = parser.parse(sourceName, content);
        Optional<Article> known = findByContentHash(parsed.contentHash());
        if (known.isPresent()) {
            return new Stored(known.get(), true);
        }
        return addAll(List.of(new Offered(parsed, sourceName, extraction.extract(parsed)))).get(0);
    }

    /**
     * Stores the articles that are not stored yet, in one transaction, and indexes them. Answers one
     * {@link Stored} per offered article, in order; a repeat within the batch is a duplicate too.
     */
    public List<Stored> addAll(List<Offered> offered) {
        return addAll(offered, stored -> {
        });
    }

    /**
     * As {@link #addAll(List)}, and runs {@code alsoInTransaction} with the outcome in the same
     * transaction, so that whatever it records commits (or not) with the articles.
     */
    public List<Stored> addAll(List<Offered> offered, Consumer<List<Stored>> alsoInTransaction) {
        return store(offered, alsoInTransaction, false);
    }

    /**
     * As {@link #addAll(List, Consumer)} for bulk imports: returns once the database has the
     * articles, while the index takes them behind.
     */
    public List<Stored> importAll(List<Offered> offered, Consumer<List<Stored>> alsoInTransaction) {
        return store(offered, alsoInTransaction, true);
    }

    private List<Stored> store(List<Offered> offered, Consumer<List<Stored>> alsoInTransaction, boolean indexBehind) {
        try {
            return storeOnce(offered, alsoInTransaction, indexBehind);
        } catch (PersistenceException raced) {
            // A concurrent writer stored one of these between our look-up and our insert; now it is found.
            return storeOnce(offered, alsoInTransaction, indexBehind);
        }
    }

    private List<Stored> storeOnce(List<Offered> offered, Consumer<List<Stored>> alsoInTransaction,
            boolean indexBehind) {
        List<Stored> outcome = new ArrayList<>(offered.size());
        Supplier<List<Article>> work = () -> {
            List<Article> created = new ArrayList<>();
            Map<String, Article> byHash = new HashMap<>();
            if (!offered.isEmpty()) {
                entityManager.createQuery("from Article a where a.contentHash in :hashes", Article.class)
                        .setParameter("hashes", offered.stream().map(o -> o.article().contentHash()).toList())
                        .getResultList()
                        .forEach(known -> byHash.put(known.getContentHash(), known));
            }
            for (Offered offer : offered) {
                String hash = offer.article().contentHash();
                Article known = byHash.get(hash);
                if (known != null) {
                    outcome.add(new Stored(known, true));
                    continue;
                }
                Article article = new Article(offer.article(), offer.sourceName());
                article.setMentions(offer.extraction().mentions());
                entityManager.persist(article);
                byHash.put(hash, article);
                created.add(article);
                outcome.add(new Stored(article, false));
            }
            entityManager.flush();
            alsoInTransaction.accept(outcome);
            return created;
        };
        if (indexBehind) {
            indexing.writeAndIndexBehind(work);
        } else {
            indexing.writeAndIndex(work);
        }
        return outcome;
    }

    /**
     * Points every stored actor at the one the resolver now names for it (after the alias table
     * changed), without extracting anything again. Changed articles go back to the index.
     *
     * @return how many articles changed
     */
    @Transactional
    public int applyAliases(MentionResolver resolver) {
        List<Object[]> names = entityManager.createNativeQuery(
                "select distinct local_type, local_name, type, name from article_actor").getResultList();
        int changed = 0;
        for (Object[] row : names) {
            EntityType localType = EntityType.valueOf((String) row[0]);
            String localName = (String) row[1];
            MentionResolver.Canonical now = resolver.canonical(localType, localName);
            if (now.type().name().equals(row[2]) && now.name().equals(row[3])) {
                continue;
            }
            changed += entityManager.createNativeQuery("update article set index_pending = true where id in"
                    + " (select article_id from article_actor where local_type = ?1 and local_name = ?2)")
                    .setParameter(1, localType.name()).setParameter(2, localName)
                    .executeUpdate();
            entityManager.createNativeQuery("update article_actor set type = ?1, name = ?2"
                    + " where local_type = ?3 and local_name = ?4")
                    .setParameter(1, now.type().name()).setParameter(2, now.name())
                    .setParameter(3, localType.name()).setParameter(4, localName)
                    .executeUpdate();
        }
        return changed;
    }

    /** The ids of the stored articles with these content hashes, by hash. */
    @Transactional
    public Map<String, Long> idsByContentHash(Collection<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        if (!hashes.isEmpty()) {
            entityManager.createQuery("select a.contentHash, a.id from Article a where a.contentHash in :hashes",
                    Object[].class).setParameter("hashes", hashes).getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }

    @Transactional
    public Optional<Article> findByContentHash(String hash) {
        return findByHash(hash);
    }

    /** Removes an article, what it mentions and its index entry; false when there is none. */
    @Transactional
    public boolean delete(long id) {
        Article article = entityManager.find(Article.class, id);
        if (article == null) {
            return false;
        }
        entityManager.remove(article);
        return true;
    }

    @Transactional
    public Optional<Article> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }

    /** The article with its mentions loaded, for pages and the API that show them. */
    @Transactional
    public Optional<ArticleView> view(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id)).map(ArticleView::of);
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
