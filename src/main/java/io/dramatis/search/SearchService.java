package io.dramatis.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.dramatis.article.Article;

/** Full-text search over the articles, with facets, in one query to Elasticsearch. */
@ApplicationScoped
public class SearchService {

    static final AggregationKey<JsonObject> MONTHS = AggregationKey.of("months");

    private static final String MONTH_HISTOGRAM = """
            {"date_histogram": {"field": "%s", "calendar_interval": "month", "format": "yyyy-MM", \
            "min_doc_count": 1}}""".formatted(IndexFields.PUBLISHED_ON);
    private static final EnumSet<SimpleQueryFlag> QUERY_SYNTAX = EnumSet.of(SimpleQueryFlag.AND,
            SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);

    private final SearchSession searchSession;

    SearchService(SearchSession searchSession) {
        this.searchSession = searchSession;
    }

    @Transactional
    public ArticleSearchResult search(SearchRequest request) {
        SearchResult<ArticleHit> result = searchSession.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    request.query().ifPresent(q -> root.add(f.simpleQueryString()
                            .field(IndexFields.TITLE).boost(3.0f)
                            .field(IndexFields.BODY)
                            .matching(QueryText.toSimpleQuerySyntax(q))
                            .defaultOperator(BooleanOperator.AND)
                            .flags(QUERY_SYNTAX)));
                    if (request.from().isPresent() || request.to().isPresent()) {
                        root.add(f.range().field(IndexFields.PUBLISHED_ON)
                                .between(request.from().orElse(null), request.to().orElse(null)));
                    }
                })
                .sort(f -> switch (request.sort()) {
                    case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED_ON).desc();
                    case NEWEST -> f.field(IndexFields.PUBLISHED_ON).desc().then().field(IndexFields.ID_SORT).desc();
                    case OLDEST -> f.field(IndexFields.PUBLISHED_ON).asc().then().field(IndexFields.ID_SORT).asc();
                })
                .aggregation(MONTHS, f -> f.fromJson(MONTH_HISTOGRAM))
                .highlighter(ArticleHit.SNIPPET, f -> f.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1)
                        .fragmentSize(240)
                        .noMatchSize(240))
                .fetch(request.offset(), request.size());

        List<ArticleSearchResult.Hit> hits = result.hits().stream()
                .map(hit -> new ArticleSearchResult.Hit(String.valueOf(hit.id()), hit.title(),
                        hit.publishedOn(), hit.dateline(),
                        hit.snippets().isEmpty() ? "" : SearchText.fromIndex(hit.snippets().get(0))))
                .toList();
        Map<String, List<ArticleSearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put(ArticleSearchResult.PUBLISHED_ON_FACET, buckets(result.aggregation(MONTHS)));
        return new ArticleSearchResult(result.total().hitCount(), request.page(), request.size(), hits,
                facets);
    }

    private static List<ArticleSearchResult.FacetValue> buckets(JsonObject aggregation) {
        List<ArticleSearchResult.FacetValue> values = new ArrayList<>();
        for (JsonElement bucket : aggregation.getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            values.add(new ArticleSearchResult.FacetValue(b.get("key_as_string").getAsString(),
                    b.get("doc_count").getAsLong()));
        }
        return values;
    }
}
