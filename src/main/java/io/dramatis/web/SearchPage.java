package io.dramatis.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.dramatis.search.InvalidParameterException;
import io.dramatis.search.SearchParams;
import io.dramatis.search.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The search page: the same parameters as {@code /api/search}, laid out for a reader. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SearchPage {

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
        Map<String, List<String>> params = uri.getQueryParameters();
        try {
            return Response.ok(Templates.search(SearchView.of(params, search.search(SearchParams.parse(params)))))
                    .build();
        } catch (InvalidParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(SearchView.invalid(params, e.getMessage())))
                    .build();
        }
    }
}
