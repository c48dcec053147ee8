package io.dramatis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of results and the facets over all results, in the shape of the HTTP contract. */
public record ArticleSearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {

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

    public long pageCount() {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}
