package io.dramatis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.dramatis.article.EntityType;
import io.dramatis.search.ArticleSearchResult;
import io.dramatis.search.SearchParams;
import io.dramatis.search.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** One actor: when the news mentions it, who appears with it, and the latest articles. */
@Path("/entities/{type}/{name}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class EntityPage {

    static final int LATEST = 10;
    static final int TOGETHER = 10;

    public record View(String type, String name, long articles, String searchUrl, SearchView.Chart timeline,
            List<Group> together, List<SearchView.HitView> latest) {
    }

    /** Actors of one kind that appear with this one, each linking to the two together. */
    public record Group(String title, List<Companion> actors) {
    }

    public record Companion(String name, long articles, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entity(View view);
    }

    private final SearchService search;

    EntityPage(SearchService search) {
        this.search = search;
    }

    @GET
    public TemplateInstance page(@PathParam("type") String typeParam, @PathParam("name") String name) {
        EntityType type = EntityType.fromParam(typeParam).orElseThrow(() -> new NotFoundException("There is no kind"
                + " of actor called '" + typeParam + "'; the kinds are person, organization, location and date"));
        Map<String, List<String>> params = Map.of(type.param(), List.of(name), "sort", List.of("newest"),
                "size", List.of(String.valueOf(LATEST)), "facetSize", List.of(String.valueOf(TOGETHER + 1)));
        ArticleSearchResult result = search.search(SearchParams.parse(params));
        if (result.total() == 0) {
            throw new NotFoundException("No article mentions the " + type.param() + " '" + name + "'");
        }
        SearchUrls urls = new SearchUrls(Map.of(type.param(), List.of(name)));
        List<Group> together = new ArrayList<>();
        for (EntityType other : EntityType.values()) {
            List<Companion> companions = result.facets().getOrDefault(other.param(), List.of()).stream()
                    .filter(value -> !(other == type && value.value().equals(name)))
                    .limit(TOGETHER)
                    .map(value -> new Companion(value.value(), value.count(), urls.adding(other, value.value(), false)))
                    .toList();
            if (!companions.isEmpty()) {
                together.add(new Group(SearchView.title(other), companions));
            }
        }
        return Templates.entity(new View(type.param(), name, result.total(), SearchUrls.forActor(type, name),
                SearchView.chart(result.histogram(), urls), together,
                SearchView.hits(result, urls)));
    }
}
