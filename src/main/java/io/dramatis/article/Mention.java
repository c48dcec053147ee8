package io.dramatis.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One place where an article mentions an actor. Offsets are characters into the body. */
@Embeddable
public class Mention {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityType type;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityType localType;

    @Column(nullable = false)
    private String localName;

    @Column(nullable = false)
    private String surface;

    @Column(nullable = false)
    private int startOffset;

    @Column(nullable = false)
    private int endOffset;

    protected Mention() {
    }

    public Mention(EntityType type, String name, EntityType localType, String localName, String surface, int start,
            int end) {
        this.type = type;
        this.name = name;
        this.localType = localType;
        this.localName = localName;
        this.surface = surface;
        this.startOffset = start;
        this.endOffset = end;
    }

    public EntityType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public EntityType getLocalType() {
        return localType;
    }

    public String getLocalName() {
        return localName;
    }

    public String getSurface() {
        return surface;
    }

    public int getStart() {
        return startOffset;
    }

    public int getEnd() {
        return endOffset;
    }

    /** Points this mention at another actor (after an alias table edit). */
    void resolveTo(EntityType newType, String newName) {
        this.type = newType;
        this.name = newName;
    }
}
