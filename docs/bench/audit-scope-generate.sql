-- The manager's audit scope (customer_id on each line, V24_1): N events as audit-10m-generate.sql makes
-- them, with each line about a customer's record naming its customer. psql -v events=2000000 -f ...
\timing on
insert into team (name) values ('North'), ('South');
insert into app_user (username, password_hash, display_name, role, team_id)
select 'user' || g, 'x', 'User ' || g, case when g % 10 = 1 then 'MANAGER' else 'REP' end, 1 + g % 2
from generate_series(1, 40) g;
insert into app_user (username, password_hash, display_name, role) values ('admin', 'x', 'Admin', 'ADMIN');
insert into customer (customer_number, kind, name, owner_id, team_id, last_activity_at)
select 'C-' || lpad(g::text, 7, '0'), 'INDIVIDUAL', 'Customer ' || g, 1 + g % 40, 1 + (1 + g % 40) % 2, now()
from generate_series(1, 100000) g;
insert into audit_event (occurred_at, actor, action, entity_type, entity_id, customer_id, details)
select timestamptz '2023-12-01' + (g * (interval '3 years' / :events)),
       case when g % 50 = 0 then 'admin' else 'user' || (1 + g % 40) end,
       (array['UPDATE','UPDATE','UPDATE','CREATE','LOGIN_SUCCESS','REASSIGN','EXPORT','LOGIN_FAILURE','DELETE','UPDATE'])[1 + g % 10],
       case when g % 10 in (4, 7) then null when g % 13 = 0 then 'complaint' else 'customer' end,
       case when g % 10 in (4, 7) then null else 1 + (g::bigint * 7919) % 100000 end,
       case when g % 10 in (4, 7) then null else 1 + (g::bigint * 7919) % 100000 end,
       '{"status":["ACTIVE","CLOSED"]}'
from generate_series(1::bigint, :events::bigint) g;
analyze;
select count(*), pg_size_pretty(pg_total_relation_size('audit_event')) from audit_event;
