package io.dramatis.search;

import io.dramatis.article.EntityType;

/** An actor and how many articles (of those searched) mention it. */
public record ActorCount(EntityType type, String name, long articles) {
}
