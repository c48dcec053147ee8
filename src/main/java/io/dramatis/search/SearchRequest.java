package io.dramatis.search;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One search, as the API and the search page take it. Built by {@link SearchParams}, which
 * validates every parameter.
 *
 * @param page 1-based
 */
public record SearchRequest(
        Optional<String> query,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        SortOrder sort,
        int page,
        int size) {

    public int offset() {
        return (page - 1) * size;
    }
}
