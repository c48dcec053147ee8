package io.dramatis.article;

import java.net.URI;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    /** The answer to {@code POST /api/articles}. */
    public record Added(String id, String title, java.time.LocalDate publishedOn, boolean duplicate) {
    }

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    /** One article in the file format, as the body. Answers 201 when new, 200 with the first id when known. */
    @POST
    public Response add(byte[] content) throws ArticleFormatException {
        ArticleService.Stored stored = articles.add(null, content);
        Article article = stored.article();
        Added added = new Added(String.valueOf(article.getId()), article.getTitle(), article.getPublishedOn(),
                stored.duplicate());
        return stored.duplicate()
                ? Response.ok(added).build()
                : Response.created(URI.create("/api/articles/" + article.getId())).entity(added).build();
    }

    /** Operators only. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        if (ArticleIds.parse(id).map(articles::delete).orElse(false)) {
            return Response.noContent().build();
        }
        throw new NotFoundException("No article has the id '" + id + "'");
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") String id) {
        return ArticleIds.parse(id).flatMap(articles::view)
                .orElseThrow(() -> new NotFoundException("No article has the id '" + id + "'"));
    }
}
