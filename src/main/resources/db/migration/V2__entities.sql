-- What each article mentions. Stored so that rebuilding the index, or applying an edited alias
-- table, never runs extraction again.

-- Every mention: where it is, what it says, and the actor it stands for. local_type/local_name are
-- the actor as resolved within the article, before the alias table; type/name after it.
create table mention (
    article_id   bigint       not null,
    type         varchar(16)  not null,
    name         varchar(500) not null,
    local_type   varchar(16)  not null,
    local_name   varchar(500) not null,
    surface      varchar(500) not null,
    start_offset integer      not null,
    end_offset   integer      not null,
    constraint mention_article_fk foreign key (article_id) references article (id) on delete cascade
);
create index mention_article_idx on mention (article_id);
create index mention_local_idx on mention (local_type, local_name);

-- One row per actor and article, with how often the article mentions it: what the index and the
-- facets are built from.
create table article_entity (
    article_id bigint       not null,
    type       varchar(16)  not null,
    name       varchar(500) not null,
    mentions   integer      not null,
    constraint article_entity_pk primary key (article_id, type, name),
    constraint article_entity_article_fk foreign key (article_id) references article (id) on delete cascade
);
create index article_entity_name_idx on article_entity (type, name);

-- The alias table as the operator last saved it (its text form); one row.
create table alias_table (
    id         integer   not null primary key,
    content    varchar   not null,
    updated_at timestamp not null
);
