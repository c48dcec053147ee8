package io.dramatis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of results and the facets over all results, in the shape of the HTTP contract. */
public record ArticleSearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
        Histogram histogram) {

    public static final String PUBLISHED_ON_FACET = "publishedOn";

    /**
     * @param snippet HTML in which only {@code <mark>} is unescaped
     * @param persons the article's main people, most mentioned first (likewise organizations, locations)
     */
    public record Hit(@JsonProperty("id") String id, String title, LocalDate publishedOn, String dateline,
            String snippet, List<String> persons, List<String> organizations, List<String> locations) {
    }

    public record FacetValue(String value, long count) {
    }

    /**
     * Articles per publication month, or per day when the date range asked for is short; every
     * period between the first and the last is there, empty ones with 0.
     *
     * @param interval {@code month} or {@code day}
     */
    public record Histogram(String interval, List<FacetValue> buckets) {
    }

    public long pageCount() {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}
