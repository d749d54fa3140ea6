-- Issue 10: administrators manage people and teams in the application.
-- An e-mail address per user, and a one-time password the user must replace at the next sign-in.
alter table app_user add column email varchar(200);
alter table app_user add column must_change_password boolean not null default false;
-- A team may have more than one manager.
drop index app_user_one_manager_per_team;

-- The throttle counts failures per (username, client address), so that a stranger's failures lock only
-- the stranger's address; the address '*' holds the slower lock over all addresses together.
alter table login_failure add column address varchar(64) not null default '';
drop index login_failure_username_idx;
create index login_failure_key_idx on login_failure (username, address, failed_at);
create index login_failure_time_idx on login_failure (failed_at);
alter table login_lock add column address varchar(64) not null default '*';
alter table login_lock drop constraint login_lock_pkey;
alter table login_lock add primary key (username, address);

-- Addresses a user has signed in from: the global lock does not apply to them, so that failures from
-- elsewhere cannot lock a colleague out at their own desk.
create table login_known_address (
    username      varchar(200) not null,
    address       varchar(64)  not null,
    last_success  timestamptz  not null,
    primary key (username, address)
);
