package io.dramatis.search;

/**
 * Names of the article index and its fields, in one place for the mapping and the queries.
 * A field searched as text is {@code name}; its sortable twin {@code name_sort}; its aggregable,
 * exact-value twin {@code name_facet}.
 */
public final class IndexFields {

    public static final String INDEX = "article";

    public static final String ID_SORT = "id_sort";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String PUBLISHED_ON = "published_on";
    public static final String DATELINE = "dateline";
    public static final String PERSON = "person";
    public static final String PERSON_FACET = "person_facet";
    public static final String ORGANIZATION = "organization";
    public static final String ORGANIZATION_FACET = "organization_facet";
    public static final String LOCATION = "location";
    public static final String LOCATION_FACET = "location_facet";
    public static final String DATE_FACET = "date_facet";

    private IndexFields() {
    }
}
