package io.dramatis.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.dramatis.article.EntityType;
import io.dramatis.search.ActorCount;
import io.dramatis.search.ArticleSearchResult;
import io.dramatis.search.SearchParams;
import io.dramatis.search.SearchRequest;
import io.dramatis.search.SortOrder;

/**
 * Everything the search page shows, computed up front so that the template only lays it out.
 *
 * @param result null when the parameters were invalid
 * @param error what was wrong with the parameters, or null
 */
public record SearchView(
        String q,
        String from,
        String to,
        String sort,
        ArticleSearchResult result,
        String error,
        List<Chip> chips,
        List<Facet> facets,
        Chart histogram,
        List<HitView> hits,
        List<PageLink> pages,
        String previousUrl,
        String nextUrl,
        List<Suggestion> suggestions,
        List<Hidden> hiddenForDates,
        List<Hidden> hiddenForQuery,
        boolean filtered) {

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int CHART_WIDTH = 600;
    private static final int CHART_HEIGHT = 100;

    /** An active filter, removable. */
    public record Chip(String kind, String name, boolean excluded, String removeUrl) {

        public String label() {
            String label = switch (kind) {
                case "from" -> "From";
                case "to" -> "To";
                default -> kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
            };
            return excluded ? "Not " + kind : label;
        }
    }

    /** One facet: its values and the links that change it. */
    public record Facet(String type, String title, List<FacetValue> values, String moreUrl, String fewerUrl,
            boolean finding, String prefix, List<Hidden> hidden) {
    }

    public record FacetValue(String name, long count, boolean selected, String addUrl, String excludeUrl,
            String removeUrl, String profileUrl) {
    }

    /** The publication-date histogram, drawn as an SVG of bars that link to their period. */
    public record Chart(String interval, List<Bar> bars, int width, int height, String firstLabel, String lastLabel) {
    }

    public record Bar(String label, long count, String url, double x, double y, double width, double height) {
    }

    public record HitView(String id, String title, LocalDate publishedOn, String dateline, String snippet,
            List<ActorLink> actors) {
    }

    public record ActorLink(String type, String name, String url) {
    }

    public record PageLink(String label, String url, boolean current) {
    }

    /** What to drop when nothing matches, and how many articles that would give. */
    public record Suggestion(String text, long count, String url) {
    }

    public record Hidden(String name, String value) {
    }

    static SearchView of(Map<String, List<String>> params, SearchRequest request, ArticleSearchResult result,
            Map<EntityType, List<ActorCount>> found, List<Suggestion> suggestions) {
        SearchUrls urls = new SearchUrls(params);
        return new SearchView(first(params, "q"), first(params, "from"), first(params, "to"), sortOf(params), result,
                null, chips(params, request, urls), facets(params, request, result, found, urls),
                chart(result.histogram(), urls), hits(result, urls), pages(result, urls),
                result.page() > 1 ? urls.page(result.page() - 1) : null,
                result.page() < lastPage(result) ? urls.page(result.page() + 1) : null,
                suggestions, hidden(urls, List.of("from", "to", "sort")), hidden(urls, List.of("q")),
                isFiltered(params));
    }

    static SearchView invalid(Map<String, List<String>> params, String error) {
        SearchUrls urls = new SearchUrls(params);
        return new SearchView(first(params, "q"), first(params, "from"), first(params, "to"), sortOf(params), null,
                error, List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(),
                hidden(urls, List.of("from", "to", "sort")), hidden(urls, List.of("q")), isFiltered(params));
    }

    public String totalText() {
        if (result == null) {
            return "";
        }
        return String.format(Locale.ENGLISH, "%,d", result.total()) + (result.total() == 1 ? " article" : " articles");
    }

    /** The rank of the first hit on this page, for the list's numbering. */
    public long firstRank() {
        return result == null ? 1 : (long) (result.page() - 1) * result.size() + 1;
    }

    private static List<Chip> chips(Map<String, List<String>> params, SearchRequest request, SearchUrls urls) {
        List<Chip> chips = new ArrayList<>();
        request.include().forEach((type, names) -> names.forEach(name ->
                chips.add(new Chip(type.param(), name, false, urls.removing(type.param(), name)))));
        request.exclude().forEach((type, names) -> names.forEach(name ->
                chips.add(new Chip(type.param(), name, true, urls.removing("-" + type.param(), name)))));
        request.from().ifPresent(from -> chips.add(new Chip("from", from.toString(), false,
                urls.removing("from", first(params, "from")))));
        request.to().ifPresent(to -> chips.add(new Chip("to", to.toString(), false,
                urls.removing("to", first(params, "to")))));
        return chips;
    }

    private static List<Facet> facets(Map<String, List<String>> params, SearchRequest request,
            ArticleSearchResult result, Map<EntityType, List<ActorCount>> found, SearchUrls urls) {
        List<Facet> facets = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<String> selected = request.include().getOrDefault(type, List.of());
            boolean finding = found.containsKey(type);
            List<FacetValue> values = new ArrayList<>();
            List<ArticleSearchResult.FacetValue> counted = finding
                    ? found.get(type).stream().map(a -> new ArticleSearchResult.FacetValue(a.name(), a.articles())).toList()
                    : result.facets().getOrDefault(type.param(), List.of());
            for (ArticleSearchResult.FacetValue value : counted) {
                boolean isSelected = selected.contains(value.value());
                values.add(new FacetValue(value.value(), value.count(), isSelected,
                        urls.adding(type, value.value(), false), urls.adding(type, value.value(), true),
                        isSelected ? urls.removing(type.param(), value.value()) : null,
                        SearchUrls.actorPage(type, value.value())));
            }
            boolean expanded = request.expanded().contains(type);
            String moreUrl = !expanded && !finding && counted.size() >= request.facetSize(type) ? urls.more(type, true)
                    : null;
            String fewerUrl = expanded ? urls.more(type, false) : null;
            String prefix = finding ? first(params, "prefix") : "";
            facets.add(new Facet(type.param(), title(type), values, moreUrl, fewerUrl, finding, prefix,
                    hidden(urls, List.of())));
        }
        return facets;
    }

    /** What a list of actors of one kind is called. */
    static String title(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organizations";
            case LOCATION -> "Places";
            case DATE -> "Dates mentioned";
        };
    }

    static Chart chart(ArticleSearchResult.Histogram histogram, SearchUrls urls) {
        List<ArticleSearchResult.FacetValue> buckets = histogram.buckets();
        if (buckets.isEmpty()) {
            return null;
        }
        long max = buckets.stream().mapToLong(ArticleSearchResult.FacetValue::count).max().orElse(1);
        double width = (double) CHART_WIDTH / buckets.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            ArticleSearchResult.FacetValue bucket = buckets.get(i);
            LocalDate[] period = period(histogram.interval(), bucket.value());
            double height = max == 0 ? 0 : Math.max(bucket.count() > 0 ? 2 : 0, CHART_HEIGHT * bucket.count() / (double) max);
            bars.add(new Bar(label(histogram.interval(), bucket.value()), bucket.count(),
                    urls.between(period[0].toString(), period[1].toString()), round(i * width),
                    round(CHART_HEIGHT - height), round(Math.max(1, width - (width > 4 ? 1 : 0))), round(height)));
        }
        return new Chart(histogram.interval(), bars, CHART_WIDTH, CHART_HEIGHT, bars.get(0).label(),
                bars.get(bars.size() - 1).label());
    }

    private static LocalDate[] period(String interval, String value) {
        return switch (interval) {
            case "day" -> new LocalDate[] {LocalDate.parse(value), LocalDate.parse(value)};
            case "year" -> new LocalDate[] {LocalDate.of(Integer.parseInt(value), 1, 1),
                    LocalDate.of(Integer.parseInt(value), 12, 31)};
            default -> new LocalDate[] {YearMonth.parse(value).atDay(1), YearMonth.parse(value).atEndOfMonth()};
        };
    }

    private static String label(String interval, String value) {
        return switch (interval) {
            case "day" -> DAY_LABEL.format(LocalDate.parse(value));
            case "year" -> value;
            default -> MONTH_LABEL.format(YearMonth.parse(value));
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static List<HitView> hits(ArticleSearchResult result, SearchUrls urls) {
        return result.hits().stream().map(hit -> {
            List<ActorLink> actors = new ArrayList<>();
            hit.persons().forEach(n -> actors.add(new ActorLink("person", n, urls.adding(EntityType.PERSON, n, false))));
            hit.organizations().forEach(n -> actors.add(new ActorLink("organization", n,
                    urls.adding(EntityType.ORGANIZATION, n, false))));
            hit.locations().forEach(n -> actors.add(new ActorLink("location", n,
                    urls.adding(EntityType.LOCATION, n, false))));
            return new HitView(hit.id(), hit.title(), hit.publishedOn(), hit.dateline(), hit.snippet(), actors);
        }).toList();
    }

    private static long lastPage(ArticleSearchResult result) {
        return Math.min(result.pageCount(), SearchParams.MAX_RESULT_WINDOW / result.size());
    }

    private static List<PageLink> pages(ArticleSearchResult result, SearchUrls urls) {
        long lastPage = lastPage(result);
        List<PageLink> pages = new ArrayList<>();
        long first = Math.max(1, result.page() - 2);
        long last = Math.min(lastPage, result.page() + 2);
        if (first > 1) {
            pages.add(new PageLink("1", urls.page(1), false));
            if (first > 2) {
                pages.add(new PageLink("…", null, false));
            }
        }
        for (long p = first; p <= last; p++) {
            pages.add(new PageLink(String.valueOf(p), urls.page(p), p == result.page()));
        }
        if (last < lastPage) {
            if (last < lastPage - 1) {
                pages.add(new PageLink("…", null, false));
            }
            pages.add(new PageLink(String.valueOf(lastPage), urls.page(lastPage), false));
        }
        return pages.size() > 1 ? pages : List.of();
    }

    private static List<Hidden> hidden(SearchUrls urls, List<String> except) {
        return urls.hiddenFields(except).stream().map(e -> new Hidden(e.getKey(), e.getValue())).toList();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static String sortOf(Map<String, List<String>> params) {
        String sort = first(params, "sort");
        return SortOrder.fromParam(sort).isPresent() ? sort : "";
    }

    /** Filtered result pages are not worth a crawler's while; only the plain pages are. */
    private static boolean isFiltered(Map<String, List<String>> params) {
        return params.keySet().stream().anyMatch(name -> !List.of("q", "page", "size").contains(name));
    }
}
