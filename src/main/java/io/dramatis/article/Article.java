package io.dramatis.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

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
}
