-- Import jobs and the state of every file (or archive entry, or JSON line) in them, so that a job
-- survives the app being killed: it resumes where it stopped, importing nothing twice.
create table import_job (
    id           varchar(36)   not null primary key,
    state        varchar(16)   not null,
    description  varchar(2000) not null,
    -- The folder the job reads: a server folder, or the spool its uploads were saved to.
    source_path  varchar(2000) not null,
    expanded     boolean       not null,
    total        integer       not null,
    processed    integer       not null,
    imported     integer       not null,
    duplicates   integer       not null,
    failed       integer       not null,
    error        varchar(2000),
    created_at   timestamp     not null,
    started_at   timestamp,
    finished_at  timestamp
);
create index import_job_state_idx on import_job (state);

create sequence import_item_seq start with 1 increment by 500;

create table import_item (
    id          bigint        not null primary key,
    job_id      varchar(36)   not null,
    -- What the operator sees: "x.txt", "archive.zip/a/b.txt", "feed.jsonl:12".
    name        varchar(2000) not null,
    kind        varchar(16)   not null,
    path        varchar(2000) not null,
    entry       varchar(2000),
    line_no     integer,
    byte_offset bigint,
    byte_length integer,
    state       varchar(16)   not null,
    reason      varchar(2000),
    article_id  bigint,
    claimed_by  varchar(100),
    claimed_at  timestamp,
    constraint import_item_job_fk foreign key (job_id) references import_job (id) on delete cascade
);
create index import_item_job_state_idx on import_item (job_id, state);
