-- Every running app instance says it is alive here every few seconds. Work an instance claimed
-- (import items, an import job's listing) goes back to the pool once its heartbeat is stale.
create table app_instance (
    id           varchar(200) not null primary key,
    heartbeat_at timestamp    not null
);

-- The instance listing a job's items, while it does.
alter table import_job add column lister varchar(200);
