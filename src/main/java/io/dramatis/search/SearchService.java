package io.dramatis.search;

import java.util.ArrayList;
import java.util.EnumMap;
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
import io.dramatis.article.EntityType;

/** Full-text search over the articles, narrowed by actors and dates, with facets: one query to Elasticsearch. */
@ApplicationScoped
public class SearchService {

    /** How many of an article's main actors of each kind a hit lists. */
    static final int MAIN_ACTORS = 5;

    static final AggregationKey<JsonObject> MONTHS = AggregationKey.of("months");
    static final Map<EntityType, AggregationKey<Map<String, Long>>> ACTOR_FACETS = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            ACTOR_FACETS.put(type, AggregationKey.of(type.param()));
        }
    }

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

    /** The keyword field that holds one kind of actor, for filters and facets. */
    public static String facetField(EntityType type) {
        return switch (type) {
            case PERSON -> IndexFields.PERSON_FACET;
            case ORGANIZATION -> IndexFields.ORGANIZATION_FACET;
            case LOCATION -> IndexFields.LOCATION_FACET;
            case DATE -> IndexFields.DATE_FACET;
        };
    }

    @Transactional
    public ArticleSearchResult search(SearchRequest request) {
        var query = searchSession.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    request.query().ifPresent(q -> root.add(f.simpleQueryString()
                            .field(IndexFields.TITLE).boost(3.0f)
                            .field(IndexFields.BODY)
                            .field(IndexFields.PERSON).boost(2.0f)
                            .field(IndexFields.ORGANIZATION).boost(2.0f)
                            .field(IndexFields.LOCATION).boost(2.0f)
                            .matching(QueryText.toSimpleQuerySyntax(q))
                            .defaultOperator(BooleanOperator.AND)
                            .flags(QUERY_SYNTAX)));
                    request.include().forEach((type, names) -> names.forEach(name ->
                            root.add(f.match().field(facetField(type)).matching(name))));
                    request.exclude().forEach((type, names) ->
                            root.add(f.not(f.terms().field(facetField(type)).matchingAny(names))));
                    if (request.from().isPresent() || request.to().isPresent()) {
                        root.add(f.range().field(IndexFields.PUBLISHED_ON)
                                .between(request.from().orElse(null), request.to().orElse(null)));
                    }
                })
                .sort(f -> switch (request.sort()) {
                    case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED_ON).desc()
                            .then().field(IndexFields.ID_SORT).desc();
                    case NEWEST -> f.field(IndexFields.PUBLISHED_ON).desc().then().field(IndexFields.ID_SORT).desc();
                    case OLDEST -> f.field(IndexFields.PUBLISHED_ON).asc().then().field(IndexFields.ID_SORT).asc();
                })
                .aggregation(MONTHS, f -> f.fromJson(MONTH_HISTOGRAM));
        for (EntityType type : EntityType.values()) {
            query = query.aggregation(ACTOR_FACETS.get(type), f -> f.terms()
                    .field(facetField(type), String.class)
                    .maxTermCount(request.facetSize()));
        }
        SearchResult<ArticleHit> result = query
                .highlighter(ArticleHit.SNIPPET, f -> f.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1)
                        .fragmentSize(240)
                        .noMatchSize(240))
                .fetch(request.offset(), request.size());

        List<ArticleSearchResult.Hit> hits = result.hits().stream()
                .map(hit -> new ArticleSearchResult.Hit(String.valueOf(hit.id()), hit.title(), hit.publishedOn(),
                        hit.dateline(), hit.snippets().isEmpty() ? "" : SearchText.fromIndex(hit.snippets().get(0)),
                        main(hit.persons()), main(hit.organizations()), main(hit.locations())))
                .toList();
        Map<String, List<ArticleSearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            facets.put(type.param(), result.aggregation(ACTOR_FACETS.get(type)).entrySet().stream()
                    .map(e -> new ArticleSearchResult.FacetValue(e.getKey(), e.getValue()))
                    .toList());
        }
        facets.put(ArticleSearchResult.PUBLISHED_ON_FACET, buckets(result.aggregation(MONTHS)));
        return new ArticleSearchResult(result.total().hitCount(), request.page(), request.size(), hits, facets);
    }

    private static List<String> main(List<String> actors) {
        return actors.size() <= MAIN_ACTORS ? actors : actors.subList(0, MAIN_ACTORS);
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
