package io.dramatis.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An actor an article mentions, and how often. */
@Embeddable
public class ArticleEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityType type;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int mentions;

    protected ArticleEntity() {
    }

    public ArticleEntity(EntityType type, String name, int mentions) {
        this.type = type;
        this.name = name;
        this.mentions = mentions;
    }

    public EntityType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public int getMentions() {
        return mentions;
    }
}
