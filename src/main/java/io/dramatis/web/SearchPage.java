package io.dramatis.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.dramatis.article.EntityType;
import io.dramatis.search.ActorCount;
import io.dramatis.search.ArticleSearchResult;
import io.dramatis.search.InvalidParameterException;
import io.dramatis.search.SearchParams;
import io.dramatis.search.SearchRequest;
import io.dramatis.search.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The search page: the same parameters as {@code /api/search}, laid out for a reader, plus a few
 * of its own: {@code more=person} lists more values of a facet, {@code find=person&prefix=kha}
 * searches a facet's values.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SearchPage {

    static final int FOUND_VALUES = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    private final SearchService search;

    SearchPage(SearchService search) {
        this.search = search;
    }

    @GET
    public Response page(@Context UriInfo uri) {
        Map<String, List<String>> params = SearchParams.inOrder(uri.getRequestUri().getRawQuery());
        try {
            SearchRequest request = SearchParams.parse(params);
            ArticleSearchResult result = search.search(request);
            Map<EntityType, List<ActorCount>> found = new EnumMap<>(EntityType.class);
            List<String> find = params.getOrDefault("find", List.of());
            if (!find.isEmpty()) {
                EntityType type = SearchParams.type("find", find.get(0));
                String prefix = params.getOrDefault("prefix", List.of("")).get(0).strip();
                found.put(type, search.actors(request, Set.of(type), prefix, FOUND_VALUES));
            }
            List<SearchView.Suggestion> suggestions = result.total() == 0 ? suggestions(params) : List.of();
            return Response.ok(Templates.search(SearchView.of(params, request, result, found, suggestions))).build();
        } catch (InvalidParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(SearchView.invalid(params, e.getMessage())))
                    .build();
        }
    }

    /** Nothing matched: for each thing asked, how many articles there would be without it. */
    private List<SearchView.Suggestion> suggestions(Map<String, List<String>> params) {
        List<SearchView.Suggestion> suggestions = new ArrayList<>();
        params.forEach((name, values) -> {
            boolean removable = name.equals("q") || name.equals("from") || name.equals("to")
                    || EntityType.fromParam(name.replaceFirst("^-", "")).isPresent();
            if (!removable) {
                return;
            }
            for (String value : values) {
                Map<String, List<String>> without = new LinkedHashMap<>(params);
                List<String> rest = new ArrayList<>(values);
                rest.remove(value);
                if (rest.isEmpty()) {
                    without.remove(name);
                } else {
                    without.put(name, rest);
                }
                without.remove("page");
                long count = search.count(SearchParams.parse(without));
                if (count > 0) {
                    suggestions.add(new SearchView.Suggestion(describe(name, value), count,
                            SearchUrls.render(without)));
                }
            }
        });
        suggestions.sort((a, b) -> Long.compare(b.count(), a.count()));
        return suggestions;
    }

    private static String describe(String name, String value) {
        return switch (name) {
            case "q" -> "the words “" + value + "”";
            case "from" -> "published from " + value;
            case "to" -> "published up to " + value;
            default -> (name.startsWith("-") ? "excluding the " + name.substring(1) : "the " + name) + " “" + value + "”";
        };
    }
}
