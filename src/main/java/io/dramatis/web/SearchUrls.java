package io.dramatis.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dramatis.article.EntityType;

/**
 * Links on the search page: the current search with one thing changed, so that the whole state
 * stays in the URL (bookmarkable, and the back button works). Changing what is searched goes back
 * to page 1.
 */
public final class SearchUrls {

    /** Parameters that shape the page, not the results: dropped when the results change. */
    private static final List<String> VIEW_ONLY = List.of("page", "find", "prefix");

    private final Map<String, List<String>> params;

    public SearchUrls(Map<String, List<String>> params) {
        this.params = new LinkedHashMap<>();
        params.forEach((name, values) -> this.params.put(name, List.copyOf(values)));
    }

    /** This search narrowed by one more actor ({@code exclude}: one fewer). */
    public String adding(EntityType type, String name, boolean exclude) {
        Map<String, List<String>> changed = results();
        String param = (exclude ? "-" : "") + type.param();
        List<String> values = new ArrayList<>(changed.getOrDefault(param, List.of()));
        if (!values.contains(name)) {
            values.add(name);
        }
        changed.put(param, values);
        // An actor cannot be both required and excluded: the newer wish wins.
        String opposite = (exclude ? "" : "-") + type.param();
        removeValue(changed, opposite, name);
        return render(changed);
    }

    /** This search without one value of one parameter. */
    public String removing(String param, String value) {
        Map<String, List<String>> changed = results();
        removeValue(changed, param, value);
        return render(changed);
    }

    /** This search restricted to publication dates from {@code from} to {@code to}. */
    public String between(String from, String to) {
        Map<String, List<String>> changed = results();
        changed.put("from", List.of(from));
        changed.put("to", List.of(to));
        return render(changed);
    }

    /** This search on another page. */
    public String page(long page) {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        changed.remove("find");
        changed.remove("prefix");
        if (page <= 1) {
            changed.remove("page");
        } else {
            changed.put("page", List.of(String.valueOf(page)));
        }
        return render(changed);
    }

    /** This page with one facet listing more values, or fewer. */
    public String more(EntityType type, boolean more) {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        List<String> expanded = new ArrayList<>(changed.getOrDefault("more", List.of()));
        expanded.remove(type.param());
        if (more) {
            expanded.add(type.param());
        }
        if (expanded.isEmpty()) {
            changed.remove("more");
        } else {
            changed.put("more", expanded);
        }
        return render(changed);
    }

    /** The hidden fields that carry this search through a form that changes {@code except}. */
    public List<Map.Entry<String, String>> hiddenFields(List<String> except) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        params.forEach((name, values) -> {
            if (!except.contains(name) && !VIEW_ONLY.contains(name)) {
                values.forEach(value -> fields.add(Map.entry(name, value)));
            }
        });
        return fields;
    }

    /** The search for everything that mentions one actor. */
    public static String forActor(EntityType type, String name) {
        return render(Map.of(type.param(), List.of(name)));
    }

    /** The page of one actor. */
    public static String actorPage(EntityType type, String name) {
        return "/entities/" + type.param() + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, List<String>> results() {
        Map<String, List<String>> changed = new LinkedHashMap<>(params);
        VIEW_ONLY.forEach(changed::remove);
        return changed;
    }

    private static void removeValue(Map<String, List<String>> params, String param, String value) {
        List<String> values = new ArrayList<>(params.getOrDefault(param, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            params.remove(param);
        } else {
            params.put(param, values);
        }
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
