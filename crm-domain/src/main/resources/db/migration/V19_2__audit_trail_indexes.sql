-- The audit page reads newest first with keyset paging on (occurred_at, id), filtered by at most a user,
-- an action or a record: one index per filter, each ending in the paging order, so that any page of
-- ten million events is one index range scan. The old single-column indexes are covered by these.
create index audit_event_time_id_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_time_idx on audit_event (lower(actor), occurred_at desc, id desc);
create index audit_event_action_time_idx on audit_event (action, occurred_at desc, id desc);
create index audit_event_entity_time_idx on audit_event (entity_type, entity_id, occurred_at desc, id desc);
drop index audit_event_occurred_idx;
drop index audit_event_entity_idx;
