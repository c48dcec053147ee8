package io.dramatis.admin;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.dramatis.search.IndexRebuildService;
import io.smallrye.common.annotation.Blocking;

/** Rebuilding the index from the database, without extracting anything again. */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ReindexResource {

    private final IndexRebuildService rebuild;

    ReindexResource(IndexRebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    public Response start() {
        return Response.accepted(rebuild.start()).location(URI.create("/api/admin/reindex")).build();
    }

    @GET
    public IndexRebuildService.Rebuild status() {
        return rebuild.last();
    }
}
