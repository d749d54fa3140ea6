-- Failed sign-ins, kept per (lower-cased) username whether or not the user exists,
-- so that throttling does not reveal which usernames are real.
create table login_failure (
    id         bigint generated always as identity primary key,
    username   varchar(200) not null,
    failed_at  timestamptz  not null
);
create index login_failure_username_idx on login_failure (username, failed_at);

create table login_lock (
    username      varchar(200) primary key,
    locked_until  timestamptz  not null
);

-- Append-only audit trail: who did what to which record, and when.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(200),
    action       varchar(40)  not null,
    entity_type  varchar(40),
    entity_id    bigint,
    details      text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
