package io.dramatis.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** One article to import, where to read it, and what became of it. */
@Entity
public class ImportItem {

    public enum Kind {
        /** An article file. */
        FILE,
        /** An article file inside a zip archive. */
        ZIP_ENTRY,
        /** One line of a JSON Lines file. */
        JSON_LINE
    }

    public enum State {
        PENDING, CLAIMED, IMPORTED, DUPLICATE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_item_seq")
    @SequenceGenerator(name = "import_item_seq", sequenceName = "import_item_seq", allocationSize = 500)
    private Long id;

    @Column(nullable = false)
    private String jobId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String path;

    private String entry;
    private Integer lineNo;
    private Long byteOffset;
    private Integer byteLength;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private String reason;
    private Long articleId;
    private String claimedBy;
    private java.time.Instant claimedAt;

    protected ImportItem() {
    }

    ImportItem(String jobId, ItemSpec spec) {
        this.jobId = jobId;
        this.name = spec.name();
        this.kind = spec.kind();
        this.path = spec.path();
        this.entry = spec.entry();
        this.lineNo = spec.lineNo();
        this.byteOffset = spec.byteOffset();
        this.byteLength = spec.byteLength();
        this.state = spec.refusal() == null ? State.PENDING : State.FAILED;
        this.reason = spec.refusal();
    }

    public Long getId() {
        return id;
    }

    public String getJobId() {
        return jobId;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPath() {
        return path;
    }

    public String getEntry() {
        return entry;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public Long getByteOffset() {
        return byteOffset;
    }

    public Integer getByteLength() {
        return byteLength;
    }

    public State getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    void imported(long article) {
        state = State.IMPORTED;
        articleId = article;
    }

    void duplicateOf(long article) {
        state = State.DUPLICATE;
        articleId = article;
    }

    void failed(String why) {
        state = State.FAILED;
        reason = why.length() > 2000 ? why.substring(0, 1997) + "..." : why;
    }
}
