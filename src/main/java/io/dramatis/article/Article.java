package io.dramatis.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;

import org.hibernate.annotations.BatchSize;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import io.dramatis.nlp.MentionResolver;
import io.dramatis.search.AnalysisConfigurer;
import io.dramatis.search.IndexFields;
import io.dramatis.search.SearchTextBridge;

@Entity
@Indexed(index = IndexFields.INDEX)
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GenericField(name = IndexFields.ID_SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    @FullTextField(name = IndexFields.TITLE, analyzer = AnalysisConfigurer.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED, valueBridge = @ValueBridgeRef(type = SearchTextBridge.class))
    @Column(nullable = false)
    private String title;

    @FullTextField(name = IndexFields.BODY, analyzer = AnalysisConfigurer.ENGLISH, projectable = Projectable.NO,
            highlightable = Highlightable.UNIFIED, valueBridge = @ValueBridgeRef(type = SearchTextBridge.class))
    @Column(nullable = false)
    private String body;

    @GenericField(name = IndexFields.PUBLISHED_ON, projectable = Projectable.YES, sortable = Sortable.YES,
            aggregable = Aggregable.YES, searchable = Searchable.YES)
    @Column(nullable = false)
    private LocalDate publishedOn;

    @KeywordField(name = IndexFields.DATELINE, projectable = Projectable.YES, searchable = Searchable.NO)
    private String dateline;

    @Column(nullable = false, unique = true, length = 64)
    private String contentHash;

    private String sourceName;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean indexPending;

    /** The actors the article mentions, as it names them, most mentioned first. */
    @ElementCollection
    @CollectionTable(name = "article_actor", joinColumns = @JoinColumn(name = "article_id"))
    @OrderBy("mentions desc, localName")
    @BatchSize(size = 100)
    private List<ArticleActor> actors = new ArrayList<>();

    protected Article() {
    }

    public Article(ParsedArticle parsed, String sourceName) {
        this.title = parsed.title();
        this.body = parsed.body();
        this.publishedOn = parsed.publishedOn();
        this.dateline = parsed.dateline();
        this.contentHash = parsed.contentHash();
        this.sourceName = sourceName;
        this.createdAt = Instant.now();
        this.indexPending = true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getDateline() {
        return dateline;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isIndexPending() {
        return indexPending;
    }

    public List<ArticleActor> getActors() {
        return actors;
    }

    /** Records what the article mentions, replacing what was recorded before: one row per name it uses. */
    public void setMentions(List<MentionResolver.Resolved> mentions) {
        Map<String, List<MentionResolver.Resolved>> byLocalName = new LinkedHashMap<>();
        for (MentionResolver.Resolved mention : mentions) {
            byLocalName.computeIfAbsent(mention.localType() + "\t" + mention.localName(), k -> new ArrayList<>())
                    .add(mention);
        }
        actors.clear();
        byLocalName.values().forEach(group -> {
            MentionResolver.Resolved first = group.get(0);
            actors.add(new ArticleActor(first.type(), first.name(), first.localType(), first.localName(),
                    group.stream().map(m -> new int[] {m.start(), m.end()}).toList()));
        });
        actors.sort(Comparator.comparingInt(ArticleActor::getMentions).reversed());
    }

    @Transient
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "actors")))
    @FullTextField(name = IndexFields.PERSON, analyzer = AnalysisConfigurer.NAME)
    @KeywordField(name = IndexFields.PERSON_FACET, aggregable = Aggregable.YES, projectable = Projectable.YES)
    public List<String> getPersons() {
        return names(EntityType.PERSON);
    }

    @Transient
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "actors")))
    @FullTextField(name = IndexFields.ORGANIZATION, analyzer = AnalysisConfigurer.NAME)
    @KeywordField(name = IndexFields.ORGANIZATION_FACET, aggregable = Aggregable.YES, projectable = Projectable.YES)
    public List<String> getOrganizations() {
        return names(EntityType.ORGANIZATION);
    }

    @Transient
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "actors")))
    @FullTextField(name = IndexFields.LOCATION, analyzer = AnalysisConfigurer.NAME)
    @KeywordField(name = IndexFields.LOCATION_FACET, aggregable = Aggregable.YES, projectable = Projectable.YES)
    public List<String> getLocations() {
        return names(EntityType.LOCATION);
    }

    @Transient
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "actors")))
    @KeywordField(name = IndexFields.DATE_FACET, aggregable = Aggregable.YES, projectable = Projectable.YES)
    public List<String> getDates() {
        return names(EntityType.DATE);
    }

    /** The names of one kind of actor, most mentioned first (local names that meet under one count together). */
    private List<String> names(EntityType type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ArticleActor actor : actors) {
            if (actor.getType() == type) {
                counts.merge(actor.getName(), actor.getMentions(), Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
