package io.dramatis.article;

import java.util.Optional;

/** Article ids arrive as path segments; anything that is not one names no article. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
