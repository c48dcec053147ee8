package io.dramatis.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dramatis.article.EntityType;

/**
 * Query strings for links on the search page: the current search with one thing changed, so that
 * the whole state stays in the URL.
 */
public final class SearchUrls {

    private final Map<String, List<String>> params;

    public SearchUrls(Map<String, List<String>> params) {
        this.params = new LinkedHashMap<>();
        params.forEach((name, values) -> this.params.put(name, List.copyOf(values)));
    }

    /** This search with {@code name} set to {@code value} (or removed when null), back on page 1. */
    public String with(String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        if (value == null || value.isEmpty()) {
            changed.remove(name);
        } else {
            changed.put(name, List.of(value));
        }
        return render(changed);
    }

    /** This search on another page. */
    public String page(long page) {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        if (page <= 1) {
            changed.remove("page");
        } else {
            changed.put("page", List.of(String.valueOf(page)));
        }
        return render(changed);
    }

    /** This search restricted to publication dates from {@code from} to {@code to}. */
    public String between(String from, String to) {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("from", List.of(from));
        changed.put("to", List.of(to));
        return render(changed);
    }

    /** The search for everything that mentions one actor. */
    public static String forActor(EntityType type, String name) {
        return render(Map.of(type.param(), List.of(name)));
    }

    static String render(Map<String, List<String>> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return pairs.isEmpty() ? "/" : "/?" + String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
