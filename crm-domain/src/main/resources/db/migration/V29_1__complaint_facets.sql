-- The team report filtered by a tag or a customer type joined the open complaints and those closed in the period to
-- the matching customers row by row (0.6-1.0 s each at a million customers). These tables keep the same figures per
-- handler, customer type and tag (tag '' holds every customer of a type), kept by triggers like V25_1's facets.
--
-- Closed complaints per business day of closed_at (every complaint with a closed_at, as the report's query counts
-- them), with how many carry a satisfaction and its sum, so that the average stays exact.
create table complaint_closed_facet_day (
    tag               text     not null,
    handler_id        bigint   not null,
    day               date     not null,
    organisation      boolean  not null,
    closed            integer  not null,
    rated             integer  not null,
    satisfaction_sum  bigint   not null,
    primary key (tag, handler_id, day, organisation)
);

-- Open complaints (status <> 'CLOSED') per UTC calendar day of due_at: "overdue" is due_at < now, so the report sums
-- the days before now's UTC day and counts the few complaints due on that day itself from the rows. UTC, not the
-- business zone, so that a change of zone does not move them.
create table complaint_open_facet (
    tag           text     not null,
    handler_id    bigint   not null,
    due_day       date     not null,
    organisation  boolean  not null,
    open          integer  not null,
    primary key (tag, handler_id, due_day, organisation)
);

-- One complaint counted (sign 1) or taken back (sign -1) under its customer's type and tags. A customer that is no
-- longer there is being deleted: complaint_facets_customer_deleted took its complaints back already.
create function count_complaint_facets(k complaint, tz text, sign integer) returns void
language plpgsql as $$
declare
    org boolean;
    tags text[];
begin
    if k.closed_at is null and k.status = 'CLOSED' then
        return;
    end if;
    -- shared: a change of the customer's tags or type waits for this transaction, and this one for it
    select c.kind = 'ORGANISATION', c.tags into org, tags from customer c where c.id = k.customer_id for share;
    if not found then
        return;
    end if;
    if k.closed_at is not null then
        insert into complaint_closed_facet_day (tag, handler_id, day, organisation, closed, rated, satisfaction_sum)
        select t, k.handler_id, (k.closed_at at time zone tz)::date, org, sign,
               case when k.satisfaction is null then 0 else sign end, sign * coalesce(k.satisfaction, 0)
        from (select distinct unnest(array[''] || tags) as t) facets
        on conflict (tag, handler_id, day, organisation)
            do update set closed = complaint_closed_facet_day.closed + excluded.closed,
                          rated = complaint_closed_facet_day.rated + excluded.rated,
                          satisfaction_sum = complaint_closed_facet_day.satisfaction_sum + excluded.satisfaction_sum;
    end if;
    if k.status <> 'CLOSED' then
        insert into complaint_open_facet (tag, handler_id, due_day, organisation, open)
        select t, k.handler_id, (k.due_at at time zone 'UTC')::date, org, sign
        from (select distinct unnest(array[''] || tags) as t) facets
        on conflict (tag, handler_id, due_day, organisation)
            do update set open = complaint_open_facet.open + excluded.open;
    end if;
end;
$$;

create function complaint_facets_counted() returns trigger language plpgsql as $$
declare
    tz text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform count_complaint_facets(old, tz, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform count_complaint_facets(new, tz, 1);
    end if;
    return null;
end;
$$;

create trigger complaint_facets_counted after insert or delete on complaint
    for each row execute function complaint_facets_counted();
create trigger complaint_facets_recounted
    after update of customer_id, handler_id, status, closed_at, satisfaction, due_at on complaint
    for each row execute function complaint_facets_counted();

-- Every complaint of one customer counted or taken back under the customer's type and tags (as they are in c).
create function count_customer_complaint_facets(c customer, sign integer) returns void language plpgsql as $$
declare
    tz text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    insert into complaint_closed_facet_day (tag, handler_id, day, organisation, closed, rated, satisfaction_sum)
    select f.t, k.handler_id, (k.closed_at at time zone tz)::date, c.kind = 'ORGANISATION', sign * count(*),
           sign * count(k.satisfaction), sign * coalesce(sum(k.satisfaction), 0)
    from complaint k, (select distinct unnest(array[''] || c.tags) as t) f
    where k.customer_id = c.id and k.closed_at is not null
    group by 1, 2, 3, 4
    on conflict (tag, handler_id, day, organisation)
        do update set closed = complaint_closed_facet_day.closed + excluded.closed,
                      rated = complaint_closed_facet_day.rated + excluded.rated,
                      satisfaction_sum = complaint_closed_facet_day.satisfaction_sum + excluded.satisfaction_sum;
    insert into complaint_open_facet (tag, handler_id, due_day, organisation, open)
    select f.t, k.handler_id, (k.due_at at time zone 'UTC')::date, c.kind = 'ORGANISATION', sign * count(*)
    from complaint k, (select distinct unnest(array[''] || c.tags) as t) f
    where k.customer_id = c.id and k.status <> 'CLOSED'
    group by 1, 2, 3, 4
    on conflict (tag, handler_id, due_day, organisation)
        do update set open = complaint_open_facet.open + excluded.open;
end;
$$;

create function customer_complaint_facets_changed() returns trigger language plpgsql as $$
begin
    perform count_customer_complaint_facets(old, -1);
    if tg_op = 'UPDATE' then
        perform count_customer_complaint_facets(new, 1);
        return null;
    end if;
    return old;
end;
$$;

create trigger customer_complaint_facets_changed after update of tags, kind on customer
    for each row when (old.tags is distinct from new.tags or old.kind is distinct from new.kind)
    execute function customer_complaint_facets_changed();
-- before the delete, while its complaints are still there (they go with it, on delete cascade)
create trigger customer_complaint_facets_deleted before delete on customer
    for each row execute function customer_complaint_facets_changed();

-- The bulk load's count (complaints written without triggers, ids above after_id) and the recount: every customer
-- of a type (tag ''), then each tag of the tagged customers, as count_interactions_after does.
create function count_complaints_after(after_id bigint) returns void language plpgsql
set work_mem = '256MB' as $$
declare
    z text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    insert into complaint_closed_facet_day (tag, handler_id, day, organisation, closed, rated, satisfaction_sum)
    select c.t, k.handler_id, (k.closed_at at time zone z)::date, c.organisation, count(*), count(k.satisfaction),
           coalesce(sum(k.satisfaction), 0)
    from complaint k
         join (select id, kind = 'ORGANISATION' as organisation, '' as t from customer
               union all
               select distinct id, kind = 'ORGANISATION', unnest(tags) from customer where tags <> '{}') c
           on c.id = k.customer_id
    where k.id > after_id and k.closed_at is not null
    group by 1, 2, 3, 4
    on conflict (tag, handler_id, day, organisation)
        do update set closed = complaint_closed_facet_day.closed + excluded.closed,
                      rated = complaint_closed_facet_day.rated + excluded.rated,
                      satisfaction_sum = complaint_closed_facet_day.satisfaction_sum + excluded.satisfaction_sum;
    insert into complaint_open_facet (tag, handler_id, due_day, organisation, open)
    select c.t, k.handler_id, (k.due_at at time zone 'UTC')::date, c.organisation, count(*)
    from complaint k
         join (select id, kind = 'ORGANISATION' as organisation, '' as t from customer
               union all
               select distinct id, kind = 'ORGANISATION', unnest(tags) from customer where tags <> '{}') c
           on c.id = k.customer_id
    where k.id > after_id and k.status <> 'CLOSED'
    group by 1, 2, 3, 4
    on conflict (tag, handler_id, due_day, organisation)
        do update set open = complaint_open_facet.open + excluded.open;
end;
$$;

create function recount_complaints() returns void language plpgsql as $$
begin
    lock table complaint in share row exclusive mode;
    lock table customer in share row exclusive mode;
    truncate complaint_closed_facet_day, complaint_open_facet;
    perform count_complaints_after(0);
end;
$$;

-- The recount after a change of business zone (ActivityCounts) recounts the complaints' closing days too.
create or replace function recount_interactions() returns void language plpgsql as $$
begin
    lock table interaction in share row exclusive mode;
    lock table customer in share row exclusive mode;
    truncate interaction_day, follow_up_day, interaction_facet_day, follow_up_facet_day;
    perform count_interactions_after(0);
    perform recount_complaints();
end;
$$;

select recount_complaints();
