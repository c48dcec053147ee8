-- Every instance looks for items claimed by a stale instance every few seconds; without this the
-- look is a scan of every item ever imported.
create index import_item_claimed_idx on import_item (state, claimed_by);
