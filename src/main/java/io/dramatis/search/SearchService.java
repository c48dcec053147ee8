package io.dramatis.search;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.predicate.dsl.ElasticsearchSearchPredicateFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.dramatis.article.Article;
import io.dramatis.article.EntityType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Full-text search over the articles, narrowed by actors and dates, with facets: one query to Elasticsearch. */
@ApplicationScoped
public class SearchService {

    /** How many of an article's main actors of each kind a hit lists. */
    static final int MAIN_ACTORS = 5;

    static final AggregationKey<JsonObject> MONTHS = AggregationKey.of("months");
    static final AggregationKey<JsonObject> DAYS = AggregationKey.of("days");
    /** A date range up to this long is drawn day by day. */
    static final int DAILY_HISTOGRAM_MAX_DAYS = 92;
    /** More months than this are drawn as years. */
    static final int MAX_MONTH_BARS = 120;
    static final Map<EntityType, AggregationKey<Map<String, Long>>> ACTOR_FACETS = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            ACTOR_FACETS.put(type, AggregationKey.of(type.param()));
        }
    }

    private static final String MONTH_HISTOGRAM = """
            {"date_histogram": {"field": "%s", "calendar_interval": "month", "format": "yyyy-MM", \
            "min_doc_count": 1}}""".formatted(IndexFields.PUBLISHED_ON);
    private static final String DAY_HISTOGRAM = """
            {"date_histogram": {"field": "%s", "calendar_interval": "day", "format": "yyyy-MM-dd", \
            "min_doc_count": 0, "extended_bounds": {"min": "%%s", "max": "%%s"}}}""".formatted(IndexFields.PUBLISHED_ON);
    private static final EnumSet<SimpleQueryFlag> QUERY_SYNTAX = EnumSet.of(SimpleQueryFlag.AND,
            SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);

    private final SearchSession searchSession;
    private final Timer searches;

    SearchService(SearchSession searchSession, MeterRegistry registry) {
        this.searchSession = searchSession;
        this.searches = Timer.builder("dramatis.search").description("Searches, query to facets")
                .publishPercentileHistogram().register(registry);
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
        return searches.record(() -> run(request));
    }

    private ArticleSearchResult run(SearchRequest request) {
        var query = searchSession.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(ArticleHit.class)
                .where((f, root) -> narrow(f, root, request))
                .sort(f -> switch (request.sort()) {
                    case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED_ON).desc()
                            .then().field(IndexFields.ID_SORT).desc();
                    case NEWEST -> f.field(IndexFields.PUBLISHED_ON).desc().then().field(IndexFields.ID_SORT).desc();
                    case OLDEST -> f.field(IndexFields.PUBLISHED_ON).asc().then().field(IndexFields.ID_SORT).asc();
                })
                .aggregation(MONTHS, f -> f.fromJson(MONTH_HISTOGRAM));
        boolean daily = daily(request);
        if (daily) {
            query = query.aggregation(DAYS, f -> f.fromJson(DAY_HISTOGRAM.formatted(request.from().get(),
                    request.to().get())));
        }
        for (EntityType type : EntityType.values()) {
            query = query.aggregation(ACTOR_FACETS.get(type), f -> f.terms()
                    .field(facetField(type), String.class)
                    .maxTermCount(request.facetSize(type)));
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
        List<ArticleSearchResult.FacetValue> months = buckets(result.aggregation(MONTHS));
        facets.put(ArticleSearchResult.PUBLISHED_ON_FACET, months);
        ArticleSearchResult.Histogram histogram = daily
                ? new ArticleSearchResult.Histogram("day", buckets(result.aggregation(DAYS)))
                : byMonthOrYear(everyMonth(months));
        return new ArticleSearchResult(result.total().hitCount(), request.page(), request.size(), hits, facets,
                histogram);
    }

    /** How many articles match, and nothing more: no hits, facets or highlights to compute. */
    @Transactional
    public long count(SearchRequest request) {
        return searchSession.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where((f, root) -> narrow(f, root, request))
                .fetchTotalHitCount();
    }

    private static boolean daily(SearchRequest request) {
        return request.from().isPresent() && request.to().isPresent()
                && ChronoUnit.DAYS.between(request.from().get(), request.to().get()) < DAILY_HISTOGRAM_MAX_DAYS;
    }

    /** Months, unless they are too many to draw: then years. */
    static ArticleSearchResult.Histogram byMonthOrYear(List<ArticleSearchResult.FacetValue> months) {
        if (months.size() <= MAX_MONTH_BARS) {
            return new ArticleSearchResult.Histogram("month", months);
        }
        Map<String, Long> years = new LinkedHashMap<>();
        months.forEach(m -> years.merge(m.value().substring(0, 4), m.count(), Long::sum));
        return new ArticleSearchResult.Histogram("year", years.entrySet().stream()
                .map(e -> new ArticleSearchResult.FacetValue(e.getKey(), e.getValue())).toList());
    }

    /** The months between the first and the last that have articles, with the empty ones as 0. */
    static List<ArticleSearchResult.FacetValue> everyMonth(List<ArticleSearchResult.FacetValue> months) {
        if (months.isEmpty()) {
            return months;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        months.forEach(m -> counts.put(m.value(), m.count()));
        List<ArticleSearchResult.FacetValue> filled = new ArrayList<>();
        YearMonth last = YearMonth.parse(months.get(months.size() - 1).value());
        for (YearMonth m = YearMonth.parse(months.get(0).value()); !m.isAfter(last); m = m.plusMonths(1)) {
            filled.add(new ArticleSearchResult.FacetValue(m.toString(), counts.getOrDefault(m.toString(), 0L)));
        }
        return filled;
    }

    /**
     * The actors that the articles matching {@code request} mention, whose name has a word starting
     * with {@code prefix} (any case), most mentioned first: for autocomplete and for searching a
     * facet's values.
     */
    @Transactional
    public List<ActorCount> actors(SearchRequest request, Set<EntityType> types, String prefix, int limit) {
        Map<EntityType, AggregationKey<JsonObject>> keys = new EnumMap<>(EntityType.class);
        var query = searchSession.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.id())
                .where((f, root) -> narrow(f, root, request));
        for (EntityType type : types) {
            AggregationKey<JsonObject> key = AggregationKey.of("names_" + type.param());
            keys.put(type, key);
            JsonObject terms = new JsonObject();
            terms.addProperty("field", facetField(type));
            terms.addProperty("size", limit);
            if (!prefix.isEmpty()) {
                terms.addProperty("include", NamePrefix.regex(prefix));
            }
            JsonObject aggregation = new JsonObject();
            aggregation.add("terms", terms);
            query = query.aggregation(key, f -> f.fromJson(aggregation));
        }
        var result = query.fetch(0);
        List<ActorCount> actors = new ArrayList<>();
        keys.forEach((type, key) -> {
            for (JsonElement bucket : result.aggregation(key).getAsJsonArray("buckets")) {
                JsonObject b = bucket.getAsJsonObject();
                actors.add(new ActorCount(type, b.get("key").getAsString(), b.get("doc_count").getAsLong()));
            }
        });
        actors.sort(Comparator.comparingLong(ActorCount::articles).reversed().thenComparing(ActorCount::name));
        return actors.size() > limit ? actors.subList(0, limit) : actors;
    }

    /** The query and every filter of a request, as clauses of one boolean predicate. */
    private static <SR> void narrow(ElasticsearchSearchPredicateFactory<SR> f,
            SimpleBooleanPredicateClausesCollector<SR, ?> root, SearchRequest request) {
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
