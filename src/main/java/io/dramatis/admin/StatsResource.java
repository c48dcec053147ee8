package io.dramatis.admin;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.dramatis.article.ArticleService;
import io.smallrye.common.annotation.Blocking;

/** How much the archive holds, and how much of it still waits for the index. */
@Path("/api/admin/stats")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StatsResource {

    public record Stats(long articles, long indexPending, long mentions) {
    }

    private final EntityManager entityManager;
    private final ArticleService articles;

    StatsResource(EntityManager entityManager, ArticleService articles) {
        this.entityManager = entityManager;
        this.articles = articles;
    }

    @GET
    @Transactional
    public Stats stats() {
        return new Stats(
                articles.count(),
                entityManager.createQuery("select count(a) from Article a where a.indexPending = true", Long.class)
                        .getSingleResult(),
                ((Number) entityManager.createNativeQuery("select coalesce(sum(mentions), 0) from article_actor")
                        .getSingleResult()).longValue());
    }
}
