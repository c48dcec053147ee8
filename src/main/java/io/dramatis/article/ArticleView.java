package io.dramatis.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An article as {@code GET /api/articles/{id}} answers it: with every actor it mentions, and where. */
public record ArticleView(String id, String title, LocalDate publishedOn, String dateline, String body,
        List<EntityView> entities) {

    /** An actor and each place the body mentions it; offsets are characters into {@code body}. */
    public record EntityView(EntityType type, String name, List<MentionView> mentions) {
    }

    public record MentionView(int start, int end, String text) {
    }

    public static ArticleView of(Article article) {
        String body = article.getBody();
        Map<String, EntityView> byActor = new LinkedHashMap<>();
        for (ArticleActor actor : article.getActors()) {
            List<MentionView> mentions = byActor.computeIfAbsent(actor.getType() + "\t" + actor.getName(),
                    key -> new EntityView(actor.getType(), actor.getName(), new ArrayList<>())).mentions();
            for (int[] span : actor.spans()) {
                mentions.add(new MentionView(span[0], span[1], body.substring(span[0], span[1])));
            }
        }
        byActor.values().forEach(e -> e.mentions().sort(Comparator.comparingInt(MentionView::start)));
        List<EntityView> entities = new ArrayList<>(byActor.values());
        entities.sort(Comparator.comparing(EntityView::type)
                .thenComparing(Comparator.comparingInt((EntityView e) -> e.mentions().size()).reversed())
                .thenComparing(e -> e.mentions().get(0).start()));
        return new ArticleView(String.valueOf(article.getId()), article.getTitle(), article.getPublishedOn(),
                article.getDateline(), article.getBody(), entities);
    }
}
