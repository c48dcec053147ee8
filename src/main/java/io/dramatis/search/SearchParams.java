package io.dramatis.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.dramatis.article.EntityType;

/**
 * Reads a {@link SearchRequest} from query parameters, the same way for the API and the pages. A
 * parameter that cannot be used is an {@link InvalidParameterException} that says what it takes,
 * never a silent default.
 */
public final class SearchParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int DEFAULT_FACET_SIZE = 10;
    public static final int MAX_FACET_SIZE = 200;
    public static final int EXPANDED_FACET_SIZE = 100;
    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_FILTERS = 50;
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** How deep paging reaches; the index is created with the same {@code max_result_window}. */
    public static final int MAX_RESULT_WINDOW = 1_000_000;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private SearchParams() {
    }

    /**
     * The parameters of a query string in the order they were written, so that links built from
     * them read the way the reader wrote them.
     */
    public static Map<String, List<String>> inOrder(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("query", "the query string is not properly encoded near '"
                    + abbreviate(text) + "'");
        }
    }

    public static SearchRequest parse(Map<String, List<String>> params) {
        Optional<String> query = single(params, "q").map(String::strip).filter(q -> !q.isEmpty());
        if (query.isPresent() && query.get().length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "q is " + query.get().length() + " characters long; at most "
                    + MAX_QUERY_LENGTH + " are allowed");
        }
        Optional<LocalDate> from = date(params, "from");
        Optional<LocalDate> to = date(params, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidParameterException("from", "from (" + from.get() + ") is after to (" + to.get()
                    + "); the range would hold no day");
        }
        SortOrder sort = single(params, "sort")
                .map(value -> SortOrder.fromParam(value).orElseThrow(() -> new InvalidParameterException("sort",
                        "sort must be relevance, newest or oldest; got '" + abbreviate(value) + "'")))
                .orElse(query.isPresent() ? SortOrder.RELEVANCE : SortOrder.NEWEST);
        int page = number(params, "page", 1, Integer.MAX_VALUE, 1);
        int size = number(params, "size", 1, MAX_SIZE, DEFAULT_SIZE);
        int facetSize = number(params, "facetSize", 1, MAX_FACET_SIZE, DEFAULT_FACET_SIZE);
        Map<EntityType, List<String>> include = actors(params, "");
        Map<EntityType, List<String>> exclude = actors(params, "-");
        Set<EntityType> expanded = EnumSet.noneOf(EntityType.class);
        for (String value : params.getOrDefault("more", List.of())) {
            expanded.add(type("more", value));
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw new InvalidParameterException("page", "page " + page + " of " + size + " results reaches past the "
                    + MAX_RESULT_WINDOW + "th result, which is as deep as results go; narrow the search instead");
        }
        return new SearchRequest(query, include, exclude, from, to, sort, page, size, facetSize, expanded);
    }

    /** The actor filters {@code person=...} (or, with the prefix "-", {@code -person=...}), by type. */
    private static Map<EntityType, List<String>> actors(Map<String, List<String>> params, String prefix) {
        Map<EntityType, List<String>> actors = new EnumMap<>(EntityType.class);
        int count = 0;
        for (EntityType type : EntityType.values()) {
            String name = prefix + type.param();
            List<String> values = params.getOrDefault(name, List.of());
            List<String> names = new ArrayList<>();
            for (String value : values) {
                String actor = value == null ? "" : value.strip();
                if (actor.isEmpty()) {
                    throw new InvalidParameterException(name, name + " is empty; give the name of "
                            + (type == EntityType.DATE ? "a date, like 2021-01-04, 2021-01 or 2021" : "a " + type.param()));
                }
                if (actor.length() > MAX_NAME_LENGTH) {
                    throw new InvalidParameterException(name, name + " is " + actor.length()
                            + " characters long; names have at most " + MAX_NAME_LENGTH);
                }
                if (type == EntityType.DATE && !DATE_VALUE.matcher(actor).matches()) {
                    throw new InvalidParameterException(name, name + " must be a date as YYYY-MM-DD, YYYY-MM or YYYY;"
                            + " got '" + abbreviate(actor) + "'");
                }
                if (!names.contains(actor)) {
                    names.add(actor);
                }
            }
            count += names.size();
            if (!names.isEmpty()) {
                actors.put(type, List.copyOf(names));
            }
        }
        if (count > MAX_FILTERS) {
            throw new InvalidParameterException(prefix + "person", "at most " + MAX_FILTERS + " actor filters of one"
                    + " kind; got " + count);
        }
        return actors;
    }

    /** An actor type as a parameter value: person, organization, location or date. */
    public static EntityType type(String parameter, String value) {
        return EntityType.fromParam(value == null ? "" : value.strip()).orElseThrow(() ->
                new InvalidParameterException(parameter, parameter + " must be person, organization, location or date;"
                        + " got '" + abbreviate(value == null ? "" : value) + "'"));
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, name + " is given " + values.size() + " times; give it once");
        }
        return Optional.ofNullable(values.get(0));
    }

    private static Optional<LocalDate> date(Map<String, List<String>> params, String name) {
        return single(params, name).map(String::strip).filter(value -> !value.isEmpty()).map(value -> {
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new InvalidParameterException(name, name + " must be a calendar date YYYY-MM-DD; got '"
                        + abbreviate(value) + "'");
            }
        });
    }

    public static int number(Map<String, List<String>> params, String name, int min, int max, int fallback) {
        Optional<String> value = single(params, name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new InvalidParameterException(name, name + " must be a whole number " + range + "; got '"
                + abbreviate(value.get()) + "'");
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
