\timing on
-- 1. administrator, first page
explain (analyze, buffers, costs off) select a.id, a.occurred_at, a.actor, u.display_name, a.action from (select * from audit_event a where true order by a.occurred_at desc, a.id desc limit 51) a left join app_user u on lower(u.username) = lower(a.actor) order by a.occurred_at desc, a.id desc;
-- 2. administrator, a page two years deep (keyset)
explain (analyze, buffers, costs off) select a.id, a.occurred_at, a.actor, u.display_name, a.action from (select * from audit_event a where (a.occurred_at, a.id) < (timestamptz '2024-12-01', 9223372036854775807) order by a.occurred_at desc, a.id desc limit 51) a left join app_user u on lower(u.username) = lower(a.actor) order by a.occurred_at desc, a.id desc;
-- 3. one person, deep
explain (analyze, buffers, costs off) select * from audit_event a where lower(a.actor) = lower('user7') and (a.occurred_at, a.id) < (timestamptz '2024-12-01', 9223372036854775807) order by a.occurred_at desc, a.id desc limit 51;
-- 4. one action
explain (analyze, buffers, costs off) select * from audit_event a where a.action = 'EXPORT' order by a.occurred_at desc, a.id desc limit 51;
-- 5. one record
explain (analyze, buffers, costs off) select * from audit_event a where a.entity_type = 'customer' and a.entity_id = 4242 order by a.occurred_at desc, a.id desc limit 51;
-- 6. one day
explain (analyze, buffers, costs off) select * from audit_event a where a.occurred_at >= timestamptz '2025-03-04' and a.occurred_at < timestamptz '2025-03-05' order by a.occurred_at desc, a.id desc limit 51;
-- 7. a manager (team 1), first page
explain (analyze, buffers, costs off) select * from audit_event a where (lower(a.actor) in (select lower(username) from app_user where team_id = 1) or (a.entity_type = 'user' and a.entity_id in (select id from app_user where team_id = 1)) or (a.entity_type = 'team' and a.entity_id = 1) or (a.entity_type = 'customer' and a.entity_id in (select id from customer where team_id = 1))) order by a.occurred_at desc, a.id desc limit 51;
-- 8. a manager, one person and an action, deep
explain (analyze, buffers, costs off) select * from audit_event a where (lower(a.actor) in (select lower(username) from app_user where team_id = 1) or (a.entity_type = 'customer' and a.entity_id in (select id from customer where team_id = 1))) and a.action = 'REASSIGN' and (a.occurred_at, a.id) < (timestamptz '2024-06-01', 9223372036854775807) order by a.occurred_at desc, a.id desc limit 51;
-- 9. the retention purge's batch (three years before 2026-12-01)
explain (costs off) delete from audit_event where id in (select id from audit_event where occurred_at < timestamptz '2023-12-01' + interval '30 days' limit 10000);
