package io.dramatis.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.dramatis.search.ArticleSearchResult;
import io.dramatis.search.SearchParams;
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
        List<PageLink> pages,
        String previousUrl,
        String nextUrl,
        List<MonthLink> months,
        boolean filtered) {

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public record PageLink(String label, String url, boolean current) {
    }

    public record MonthLink(String label, long count, String url) {
    }

    public static SearchView of(Map<String, List<String>> params, ArticleSearchResult result) {
        SearchUrls urls = new SearchUrls(params);
        long lastPage = Math.min(result.pageCount(), SearchParams.MAX_RESULT_WINDOW / result.size());
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
        List<MonthLink> months = result.facets().getOrDefault(ArticleSearchResult.PUBLISHED_ON_FACET, List.of())
                .stream()
                .map(bucket -> {
                    YearMonth month = YearMonth.parse(bucket.value());
                    return new MonthLink(MONTH_LABEL.format(month), bucket.count(),
                            urls.between(month.atDay(1).toString(), month.atEndOfMonth().toString()));
                })
                .toList();
        return new SearchView(first(params, "q"), first(params, "from"), first(params, "to"), sortOf(params),
                result, null, pages.size() > 1 ? pages : List.of(),
                result.page() > 1 ? urls.page(result.page() - 1) : null,
                result.page() < lastPage ? urls.page(result.page() + 1) : null,
                months, isFiltered(params));
    }

    public static SearchView invalid(Map<String, List<String>> params, String error) {
        return new SearchView(first(params, "q"), first(params, "from"), first(params, "to"), sortOf(params), null,
                error, List.of(), null, null, List.of(), isFiltered(params));
    }

    /** The rank of the first hit on this page, for the list's numbering. */
    public long firstRank() {
        return result == null ? 1 : (long) (result.page() - 1) * result.size() + 1;
    }

    public String totalText() {
        if (result == null) {
            return "";
        }
        String count = String.format(Locale.ENGLISH, "%,d", result.total());
        return count + (result.total() == 1 ? " article" : " articles");
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
        return params.keySet().stream().anyMatch(name -> !name.equals("q") && !name.equals("page"));
    }
}
