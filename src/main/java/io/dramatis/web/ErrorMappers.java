package io.dramatis.web;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.ingest.Transient;
import io.dramatis.search.InvalidParameterException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every error leaves as RFC 9457 problem details for the API, or as a page for a reader: never a
 * stack trace, never a bare 500 for something the caller can fix.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return answer(uri, Problem.ofParameter(e.parameter(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response malformedArticle(ArticleFormatException e, UriInfo uri) {
        boolean tooLarge = e.reason().contains("limit for one article");
        return answer(uri, tooLarge
                ? Problem.of(413, "Article too large", e.reason())
                : Problem.of(400, "Malformed article", e.reason()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase()
                : e.getMessage();
        return answer(uri, Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (Transient.isDatabaseAway(e)) {
            LOG.warnf("The database cannot be reached answering %s: %s", uri.getPath(), e.getMessage());
            return answer(uri, Problem.of(503, "Database unavailable", "The database cannot be reached right now;"
                    + " nothing was lost. Try again in a moment."));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error answering %s (reference %s)", uri.getPath(), reference);
        return answer(uri, Problem.of(500, "Internal error", "Something went wrong on our side; it is logged"
                + " with the reference " + reference + "."));
    }

    private static Response answer(UriInfo uri, Problem problem) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem).render()).build();
    }
}
