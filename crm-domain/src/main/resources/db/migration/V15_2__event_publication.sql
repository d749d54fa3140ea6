-- The event publication registry of Spring Modulith (its JDBC schema, version 2): an event that another
-- module listens to after the commit (the audit trail, a customer's last activity, a run's migration
-- sums) is stored here in the transaction that publishes it, and stays until its listener has handled it,
-- so that a failing listener or a crash loses nothing (failed ones are submitted again). Flyway owns the
-- schema, so the registry does not create its own table.
create table event_publication (
    id                      uuid        not null primary key,
    listener_id             text        not null,
    event_type              text        not null,
    serialized_event        text        not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
