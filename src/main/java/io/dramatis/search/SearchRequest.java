package io.dramatis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.dramatis.article.EntityType;

/**
 * One search, as the API and the search page take it. Built by {@link SearchParams}, which
 * validates every parameter.
 *
 * @param include actors every result must mention, by type (AND, across and within types)
 * @param exclude actors no result may mention
 * @param page 1-based
 * @param facetSize how many values each actor facet lists
 * @param expanded the actor facets that list {@link SearchParams#EXPANDED_FACET_SIZE} values ("more")
 */
public record SearchRequest(
        Optional<String> query,
        Map<EntityType, List<String>> include,
        Map<EntityType, List<String>> exclude,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        SortOrder sort,
        int page,
        int size,
        int facetSize,
        Set<EntityType> expanded) {

    public int offset() {
        return (page - 1) * size;
    }

    public int facetSize(EntityType type) {
        return expanded.contains(type) ? Math.max(facetSize, SearchParams.EXPANDED_FACET_SIZE) : facetSize;
    }
}
