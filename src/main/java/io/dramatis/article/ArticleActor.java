package io.dramatis.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An actor as one article names it, and every place the body mentions it. One row per local
 * name keeps storage small (a Reuters story names ten or so actors in twenty-odd mentions); the
 * text of each mention is the body between its offsets.
 */
@Embeddable
public class ArticleActor {

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
    private int mentions;

    /** "start-end start-end ...": character offsets into the body. */
    @Column(nullable = false)
    private String spans;

    protected ArticleActor() {
    }

    public ArticleActor(EntityType type, String name, EntityType localType, String localName, List<int[]> spans) {
        this.type = type;
        this.name = name;
        this.localType = localType;
        this.localName = localName;
        this.mentions = spans.size();
        StringBuilder text = new StringBuilder();
        for (int[] span : spans) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(span[0]).append('-').append(span[1]);
        }
        this.spans = text.toString();
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

    public int getMentions() {
        return mentions;
    }

    /** Each mention as {start, end}. */
    public List<int[]> spans() {
        List<int[]> result = new ArrayList<>(mentions);
        for (String span : spans.split(" ")) {
            int dash = span.indexOf('-');
            result.add(new int[] {Integer.parseInt(span.substring(0, dash)), Integer.parseInt(span.substring(dash + 1))});
        }
        return result;
    }
}
