-- Articles as imported. The database is the source of truth: the search index can always be
-- rebuilt from it. Plain SQL that H2 and PostgreSQL both accept.
create sequence article_seq start with 1 increment by 50;

create table article (
    id            bigint        not null primary key,
    title         varchar(2000) not null,
    body          varchar       not null,
    published_on  date          not null,
    dateline      varchar(200),
    -- SHA-256 of the normalised date, headline and body: the article's identity.
    content_hash  char(64)      not null,
    source_name   varchar(1000),
    created_at    timestamp     not null,
    -- Set while the article still has to reach the search index (written, or failed to).
    index_pending boolean       not null,
    constraint article_content_hash_uk unique (content_hash)
);

create index article_index_pending_idx on article (index_pending);
