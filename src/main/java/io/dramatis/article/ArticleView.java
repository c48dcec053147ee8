package io.dramatis.article;

import java.time.LocalDate;

/** An article as {@code GET /api/articles/{id}} answers it. */
public record ArticleView(String id, String title, LocalDate publishedOn, String dateline, String body) {

    public static ArticleView of(Article article) {
        return new ArticleView(String.valueOf(article.getId()), article.getTitle(), article.getPublishedOn(),
                article.getDateline(), article.getBody());
    }
}
