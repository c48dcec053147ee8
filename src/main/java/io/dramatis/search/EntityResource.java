package io.dramatis.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.dramatis.article.EntityType;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code GET /api/entities?type=person&prefix=kha}: actors by name, best first, counted over the
 * articles that match every search parameter given ({@code q}, {@code person}, ..., {@code from},
 * {@code to}).
 */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EntityResource {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PREFIX = 100;

    private final SearchService search;

    EntityResource(SearchService search) {
        this.search = search;
    }

    @GET
    public List<ActorCount> find(@Context UriInfo uri) {
        Map<String, List<String>> params = SearchParams.inOrder(uri.getRequestUri().getRawQuery());
        SearchRequest request = SearchParams.parse(params);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        params.getOrDefault("type", List.of()).forEach(type -> types.add(SearchParams.type("type", type)));
        if (types.isEmpty()) {
            types.addAll(EnumSet.allOf(EntityType.class));
        }
        String prefix = params.getOrDefault("prefix", List.of("")).get(0).strip();
        if (prefix.length() > MAX_PREFIX) {
            throw new InvalidParameterException("prefix", "prefix is " + prefix.length() + " characters long; at most "
                    + MAX_PREFIX + " are allowed");
        }
        int limit = SearchParams.number(params, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        return search.actors(request, types, prefix, limit);
    }
}
