package io.dramatis.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.dramatis.article.Article;
import io.dramatis.article.ArticleIds;
import io.dramatis.article.ArticleService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** One article, as a reader sees it. */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ArticlePage {

    public record View(String id, String title, LocalDate publishedOn, String dateline, List<String> paragraphs) {

        static View of(Article article) {
            return new View(String.valueOf(article.getId()), article.getTitle(), article.getPublishedOn(),
                    article.getDateline(), List.of(article.getBody().split("\n\n")));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(View view);
    }

    private final ArticleService articles;

    ArticlePage(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance page(@PathParam("id") String id) {
        return ArticleIds.parse(id).flatMap(articles::find).map(View::of).map(Templates::article)
                .orElseThrow(() -> new NotFoundException("No article has the id '" + id + "'"));
    }
}
