package io.dramatis.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * English analysis built only from what every Elasticsearch node has, stripped or stock: the
 * standard tokenizer, lowercase, stop words and hunspell stemming with the en_US dictionary that
 * the app ships (and installs into its embedded node's config).
 */
@SearchExtension
public class AnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    /** Headline and body: "airstrike" finds "airstrikes", "accused" finds "accuses". */
    public static final String ENGLISH = "english_hunspell";

    /** Names of actors: words as written, without stemming ("Mujahid" is not "Mujahids"). */
    public static final String NAME = "actor_name";

    static final String ENGLISH_STOP = "english_stop";
    static final String ENGLISH_STEMMER = "english_hunspell_stemmer";

    /**
     * Lucene's English stop words, plus the "s" that {@link SearchText} splits from a possessive
     * ("Taliban's" is indexed as "taliban").
     */
    static final String[] STOP_WORDS = {"a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in",
            "into", "is", "it", "no", "not", "of", "on", "or", "s", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with"};

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ENGLISH_STOP).type("stop").param("stopwords", STOP_WORDS);
        context.tokenFilter(ENGLISH_STEMMER).type("hunspell")
                .param("locale", "en_US")
                .param("dedup", true);
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", ENGLISH_STOP, ENGLISH_STEMMER);
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase");
    }
}
