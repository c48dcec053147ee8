package io.dramatis.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.dramatis.article.ArticleIds;
import io.dramatis.article.ArticleService;
import io.dramatis.article.ArticleView;
import io.dramatis.article.EntityType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** One article, every mention marked in its text and linked to the search for that actor. */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ArticlePage {

    /** A run of text: plain, or a mention of an actor. */
    public record Segment(String text, String type, String name, String href) {
    }

    public record Paragraph(List<Segment> segments) {
    }

    /** An actor in the side list: how often the article mentions it. */
    public record Actor(String type, String name, int mentions, String profileUrl) {
    }

    public record View(String id, String title, LocalDate publishedOn, String dateline, List<Paragraph> paragraphs,
            List<Actor> actors) {

        static View of(ArticleView article) {
            List<Mentioned> mentions = new ArrayList<>();
            List<Actor> actors = new ArrayList<>();
            for (ArticleView.EntityView entity : article.entities()) {
                String href = SearchUrls.forActor(entity.type(), entity.name());
                actors.add(new Actor(entity.type().param(), entity.name(), entity.mentions().size(),
                        SearchUrls.actorPage(entity.type(), entity.name())));
                entity.mentions().forEach(m -> mentions.add(new Mentioned(m.start(), m.end(), entity.type(),
                        entity.name(), href)));
            }
            mentions.sort(Comparator.comparingInt(Mentioned::start));
            return new View(article.id(), article.title(), article.publishedOn(), article.dateline(),
                    ArticlePage.paragraphs(article.body(), mentions), actors);
        }
    }

    private record Mentioned(int start, int end, EntityType type, String name, String href) {
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
        return ArticleIds.parse(id).flatMap(articles::view).map(View::of).map(Templates::article)
                .orElseThrow(() -> new NotFoundException("No article has the id '" + id + "'"));
    }

    /** Cuts the body into paragraphs (at blank lines) and each paragraph into plain and marked runs. */
    static List<Paragraph> paragraphs(String body, List<Mentioned> mentions) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int next = 0;
        int paragraphStart = 0;
        while (paragraphStart <= body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = body.length();
            }
            List<Segment> segments = new ArrayList<>();
            int at = paragraphStart;
            while (next < mentions.size() && mentions.get(next).start() < paragraphEnd) {
                Mentioned mention = mentions.get(next++);
                if (mention.start() < at || mention.end() > paragraphEnd) {
                    continue;
                }
                if (mention.start() > at) {
                    segments.add(new Segment(body.substring(at, mention.start()), null, null, null));
                }
                segments.add(new Segment(body.substring(mention.start(), mention.end()),
                        mention.type().param(), mention.name(), mention.href()));
                at = mention.end();
            }
            if (at < paragraphEnd) {
                segments.add(new Segment(body.substring(at, paragraphEnd), null, null, null));
            }
            paragraphs.add(new Paragraph(segments));
            paragraphStart = paragraphEnd + 2;
        }
        return paragraphs;
    }
}
