package io.dramatis.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.smallrye.common.annotation.Blocking;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    public ArticleSearchResult search(@Context UriInfo uri) {
        return search.search(SearchParams.parse(SearchParams.inOrder(uri.getRequestUri().getRawQuery())));
    }
}
