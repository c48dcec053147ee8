package io.dramatis.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
        try {
            return store(offered, alsoInTransaction);
        } catch (PersistenceException raced) {
            // A concurrent writer stored one of these between our look-up and our insert; now it is found.
            return store(offered, alsoInTransaction);
        }
    }

    private List<Stored> store(List<Offered> offered, Consumer<List<Stored>> alsoInTransaction) {
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
                article.setMentions(offer.extraction().mentions().stream()
                        .map(m -> new Mention(m.type(), m.name(), m.localType(), m.localName(), m.surface(),
                                m.start(), m.end()))
                        .toList());
                entityManager.persist(article);
                byHash.put(hash, article);
                created.add(article);
                outcome.add(new Stored(article, false));
            }
            entityManager.flush();
            alsoInTransaction.accept(outcome);
            return created;
        });
        return outcome;
    }

    /**
     * Points every stored mention at the actor the resolver now names for it (after the alias
     * table changed), without extracting anything again. Changed articles go back to the index.
     *
     * @return how many articles changed
     */
    @Transactional
    public int applyAliases(MentionResolver resolver) {
        List<Object[]> pairs = entityManager.createQuery(
                "select distinct m.localType, m.localName, m.type, m.name from Article a join a.mentions m",
                Object[].class).getResultList();
        Set<Long> changed = new HashSet<>();
        for (Object[] pair : pairs) {
            EntityType localType = (EntityType) pair[0];
            String localName = (String) pair[1];
            MentionResolver.Canonical now = resolver.canonical(localType, localName);
            if (now.type() == pair[2] && now.name().equals(pair[3])) {
                continue;
            }
            List<Article> affected = entityManager.createQuery("select distinct a from Article a join a.mentions m"
                    + " where m.localType = :type and m.localName = :name", Article.class)
                    .setParameter("type", localType).setParameter("name", localName).getResultList();
            for (Article article : affected) {
                article.getMentions().stream()
                        .filter(m -> m.getLocalType() == localType && m.getLocalName().equals(localName))
                        .forEach(m -> m.resolveTo(now.type(), now.name()));
                article.summarizeEntities();
                article.markIndexPending();
                changed.add(article.getId());
            }
        }
        return changed.size();
    }

    @Transactional
    public Optional<Article> findByContentHash(String hash) {
        return findByHash(hash);
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
