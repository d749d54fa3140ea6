-- The team report filtered by a tag or a customer type counted the interactions of the matching customers one by
-- one: 1.5-4.7 s at a million customers. These tables keep the same daily counts as interaction_day and
-- follow_up_day, split by the customer's type and by each of its tags (tag '' holds every customer of the type),
-- kept by triggers as interactions are logged, changed and deleted and as customers' tags and types change.
create table interaction_facet_day (
    tag           text         not null,
    user_id       bigint       not null,
    day           date         not null,
    channel       varchar(16)  not null,
    organisation  boolean      not null,
    interactions  integer      not null,
    primary key (tag, user_id, day, channel, organisation)
);

create table follow_up_facet_day (
    tag           text     not null,
    user_id       bigint   not null,
    day           date     not null,
    organisation  boolean  not null,
    due           integer  not null,
    on_time       integer  not null,
    primary key (tag, user_id, day, organisation)
);

-- One interaction counted (sign 1) or taken back (sign -1) under its customer's type and tags. A customer that is
-- no longer there is being deleted: customer_facets_deleted took its interactions back already.
create function count_interaction_facets(i interaction, tz text, sign integer) returns void
language plpgsql as $$
declare
    org boolean;
    tags text[];
begin
    -- shared: a change of the customer's tags or type waits for this transaction, and this one for it, so that
    -- the interaction is counted under the tags it ends up with
    select c.kind = 'ORGANISATION', c.tags into org, tags from customer c where c.id = i.customer_id for share;
    if not found then
        return;
    end if;
    insert into interaction_facet_day (tag, user_id, day, channel, organisation, interactions)
    select t, i.user_id, (i.occurred_at at time zone tz)::date, i.channel, org, sign
    from (select distinct unnest(array[''] || tags) as t) facets
    on conflict (tag, user_id, day, channel, organisation)
        do update set interactions = interaction_facet_day.interactions + excluded.interactions;
    if i.follow_up_on is not null then
        insert into follow_up_facet_day (tag, user_id, day, organisation, due, on_time)
        select t, i.user_id, i.follow_up_on, org, sign,
               case when i.follow_up_done and (i.follow_up_done_at at time zone tz)::date <= i.follow_up_on
                    then sign else 0 end
        from (select distinct unnest(array[''] || tags) as t) facets
        on conflict (tag, user_id, day, organisation)
            do update set due = follow_up_facet_day.due + excluded.due,
                          on_time = follow_up_facet_day.on_time + excluded.on_time;
    end if;
end;
$$;

create function interaction_facets_counted() returns trigger language plpgsql as $$
declare
    tz text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform count_interaction_facets(old, tz, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform count_interaction_facets(new, tz, 1);
    end if;
    return null;
end;
$$;

create trigger interaction_facets_counted after insert or delete on interaction
    for each row execute function interaction_facets_counted();
create trigger interaction_facets_recounted
    after update of customer_id, user_id, occurred_at, channel, follow_up_on, follow_up_done, follow_up_done_at
    on interaction for each row execute function interaction_facets_counted();

-- Every interaction of one customer counted or taken back under the customer's type and tags (as they are in c).
create function count_customer_facets(c customer, sign integer) returns void language plpgsql as $$
declare
    tz text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    insert into interaction_facet_day (tag, user_id, day, channel, organisation, interactions)
    select f.t, i.user_id, (i.occurred_at at time zone tz)::date, i.channel, c.kind = 'ORGANISATION', sign * count(*)
    from interaction i, (select distinct unnest(array[''] || c.tags) as t) f
    where i.customer_id = c.id
    group by 1, 2, 3, 4, 5
    on conflict (tag, user_id, day, channel, organisation)
        do update set interactions = interaction_facet_day.interactions + excluded.interactions;
    insert into follow_up_facet_day (tag, user_id, day, organisation, due, on_time)
    select f.t, i.user_id, i.follow_up_on, c.kind = 'ORGANISATION', sign * count(*),
           sign * count(*) filter (where i.follow_up_done and (i.follow_up_done_at at time zone tz)::date
                                         <= i.follow_up_on)
    from interaction i, (select distinct unnest(array[''] || c.tags) as t) f
    where i.customer_id = c.id and i.follow_up_on is not null
    group by 1, 2, 3, 4
    on conflict (tag, user_id, day, organisation)
        do update set due = follow_up_facet_day.due + excluded.due,
                      on_time = follow_up_facet_day.on_time + excluded.on_time;
end;
$$;

create function customer_facets_changed() returns trigger language plpgsql as $$
begin
    perform count_customer_facets(old, -1);
    if tg_op = 'UPDATE' then
        perform count_customer_facets(new, 1);
        return null;
    end if;
    return old;
end;
$$;

create trigger customer_facets_changed after update of tags, kind on customer
    for each row when (old.tags is distinct from new.tags or old.kind is distinct from new.kind)
    execute function customer_facets_changed();
-- before the delete, while its interactions are still there (they go with it, on delete cascade)
create trigger customer_facets_deleted before delete on customer
    for each row execute function customer_facets_changed();

-- The bulk load's count (rows written without triggers) and the recount after a change of zone, now with the
-- counts per type and tag: every customer of a type (tag ''), whose sums are also the per-person counts, then each
-- tag of the tagged customers. Plain aggregations: at a million customers, on a loaded machine, one grouping over
-- the interactions joined to their unnested tags was slower (17-65 s for the interactions alone, by work_mem),
-- and one pass with grouping sets slower still (151 s); this whole recount took 58.7 s there.
create or replace function count_interactions_after(after_id bigint) returns void language plpgsql
set work_mem = '256MB' as $$
declare
    z text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    create temporary table new_days on commit drop as
    select i.user_id, (i.occurred_at at time zone z)::date as day, i.channel, c.kind = 'ORGANISATION' as organisation,
           count(*) as n
    from interaction i join customer c on c.id = i.customer_id
    where i.id > after_id
    group by 1, 2, 3, 4;
    create temporary table new_follow_ups on commit drop as
    select i.user_id, i.follow_up_on as day, c.kind = 'ORGANISATION' as organisation, count(*) as due,
           count(*) filter (where i.follow_up_done and (i.follow_up_done_at at time zone z)::date <= i.follow_up_on)
               as on_time
    from interaction i join customer c on c.id = i.customer_id
    where i.id > after_id and i.follow_up_on is not null
    group by 1, 2, 3;

    insert into interaction_day (user_id, day, channel, interactions)
    select user_id, day, channel, sum(n) from new_days group by 1, 2, 3
    on conflict (user_id, day, channel)
        do update set interactions = interaction_day.interactions + excluded.interactions;
    insert into follow_up_day (user_id, day, due, on_time)
    select user_id, day, sum(due), sum(on_time) from new_follow_ups group by 1, 2
    on conflict (user_id, day)
        do update set due = follow_up_day.due + excluded.due, on_time = follow_up_day.on_time + excluded.on_time;
    insert into interaction_facet_day (tag, user_id, day, channel, organisation, interactions)
    select '', user_id, day, channel, organisation, n from new_days
    on conflict (tag, user_id, day, channel, organisation)
        do update set interactions = interaction_facet_day.interactions + excluded.interactions;
    insert into follow_up_facet_day (tag, user_id, day, organisation, due, on_time)
    select '', user_id, day, organisation, due, on_time from new_follow_ups
    on conflict (tag, user_id, day, organisation)
        do update set due = follow_up_facet_day.due + excluded.due,
                      on_time = follow_up_facet_day.on_time + excluded.on_time;
    drop table new_days, new_follow_ups;

    insert into interaction_facet_day (tag, user_id, day, channel, organisation, interactions)
    select c.t, i.user_id, (i.occurred_at at time zone z)::date, i.channel, c.organisation, count(*)
    from interaction i
         join (select distinct id, kind = 'ORGANISATION' as organisation, unnest(tags) as t from customer
               where tags <> '{}') c on c.id = i.customer_id
    where i.id > after_id
    group by 1, 2, 3, 4, 5
    on conflict (tag, user_id, day, channel, organisation)
        do update set interactions = interaction_facet_day.interactions + excluded.interactions;
    insert into follow_up_facet_day (tag, user_id, day, organisation, due, on_time)
    select c.t, i.user_id, i.follow_up_on, c.organisation, count(*),
           count(*) filter (where i.follow_up_done and (i.follow_up_done_at at time zone z)::date <= i.follow_up_on)
    from interaction i
         join (select distinct id, kind = 'ORGANISATION' as organisation, unnest(tags) as t from customer
               where tags <> '{}') c on c.id = i.customer_id
    where i.id > after_id and i.follow_up_on is not null
    group by 1, 2, 3, 4
    on conflict (tag, user_id, day, organisation)
        do update set due = follow_up_facet_day.due + excluded.due,
                      on_time = follow_up_facet_day.on_time + excluded.on_time;
end;
$$;

create or replace function recount_interactions() returns void language plpgsql as $$
begin
    lock table interaction in share row exclusive mode;
    lock table customer in share row exclusive mode;
    truncate interaction_day, follow_up_day, interaction_facet_day, follow_up_facet_day;
    perform count_interactions_after(0);
end;
$$;

select recount_interactions();
