package io.dramatis.search;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** What a search hit shows, read from the index alone (no database round trip). */
@ProjectionConstructor
public record ArticleHit(
        @IdProjection Long id,
        @FieldProjection(path = IndexFields.TITLE) String title,
        @FieldProjection(path = IndexFields.PUBLISHED_ON) LocalDate publishedOn,
        @FieldProjection(path = IndexFields.DATELINE) String dateline,
        @HighlightProjection(path = IndexFields.BODY, highlighter = ArticleHit.SNIPPET) List<String> snippets,
        @FieldProjection(path = IndexFields.PERSON_FACET) List<String> persons,
        @FieldProjection(path = IndexFields.ORGANIZATION_FACET) List<String> organizations,
        @FieldProjection(path = IndexFields.LOCATION_FACET) List<String> locations) {

    public static final String SNIPPET = "snippet";
}
