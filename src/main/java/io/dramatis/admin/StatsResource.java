package io.dramatis.admin;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.Blocking;

/** How much the archive holds, and how much of it still waits for the index. */
@Path("/api/admin/stats")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StatsResource {

    public record Stats(long articles, long indexPending, long mentions) {
    }

    private final EntityManager entityManager;

    StatsResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    public Stats stats() {
        return new Stats(
                count("select count(a) from Article a"),
                count("select count(a) from Article a where a.indexPending = true"),
                ((Number) entityManager.createNativeQuery("select coalesce(sum(mentions), 0) from article_actor")
                        .getSingleResult()).longValue());
    }

    private long count(String query) {
        return entityManager.createQuery(query, Long.class).getSingleResult();
    }
}
