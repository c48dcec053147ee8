-- What each article mentions, stored so that rebuilding the index, or applying an edited alias
-- table, never runs extraction again.
--
-- One row per actor as the article names it: local_type/local_name is the actor as resolved within
-- the article, before the alias table; type/name the actor after it (several local names may meet
-- under one). spans lists where the body mentions it, as "start-end" character offsets separated
-- by spaces: the mention's text is the body between them.
create table article_actor (
    article_id bigint       not null,
    type       varchar(16)  not null,
    name       varchar(500) not null,
    local_type varchar(16)  not null,
    local_name varchar(500) not null,
    mentions   integer      not null,
    spans      varchar      not null,
    constraint article_actor_pk primary key (article_id, local_type, local_name),
    constraint article_actor_article_fk foreign key (article_id) references article (id) on delete cascade
);
create index article_actor_name_idx on article_actor (type, name);
create index article_actor_local_idx on article_actor (local_type, local_name);

-- The alias table as the operator last saved it (its text form); one row.
create table alias_table (
    id         integer   not null primary key,
    content    varchar   not null,
    updated_at timestamp not null
);
