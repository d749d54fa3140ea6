-- The team report counts each person's interactions per day and channel, and the follow-ups due per
-- day with how many were done on time. At a million customers the last eight weeks held a million
-- interactions, which took seconds to count; these tables hold the counts, kept by triggers as
-- interactions are logged, changed and deleted. A day is a calendar day in the business time zone,
-- which the application records here when it starts (and recounts everything if it changed).
create table business_zone (
    singleton  boolean primary key default true check (singleton),
    zone       text    not null
);
insert into business_zone (zone) values ('UTC');

create table interaction_day (
    user_id       bigint       not null,
    day           date         not null,
    channel       varchar(16)  not null,
    interactions  integer      not null,
    primary key (user_id, day, channel)
);

create table follow_up_day (
    user_id   bigint   not null,
    day       date     not null,
    due       integer  not null,
    on_time   integer  not null,
    primary key (user_id, day)
);

create function count_interaction(i interaction, tz text, sign integer) returns void
language plpgsql as $$
begin
    insert into interaction_day (user_id, day, channel, interactions)
    values (i.user_id, (i.occurred_at at time zone tz)::date, i.channel, sign)
    on conflict (user_id, day, channel)
        do update set interactions = interaction_day.interactions + excluded.interactions;
    if i.follow_up_on is not null then
        insert into follow_up_day (user_id, day, due, on_time)
        values (i.user_id, i.follow_up_on, sign,
                case when i.follow_up_done and (i.follow_up_done_at at time zone tz)::date <= i.follow_up_on
                     then sign else 0 end)
        on conflict (user_id, day)
            do update set due = follow_up_day.due + excluded.due, on_time = follow_up_day.on_time + excluded.on_time;
    end if;
end;
$$;

create function interaction_counted() returns trigger language plpgsql as $$
declare
    tz text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform count_interaction(old, tz, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform count_interaction(new, tz, 1);
    end if;
    return null;
end;
$$;

create trigger interaction_counted after insert or delete on interaction
    for each row execute function interaction_counted();
create trigger interaction_recounted
    after update of user_id, occurred_at, channel, follow_up_on, follow_up_done, follow_up_done_at on interaction
    for each row execute function interaction_counted();

-- Adds the interactions with an id above after_id (a bulk load that ran without triggers).
create function count_interactions_after(after_id bigint) returns void language plpgsql as $$
declare
    z text := coalesce((select b.zone from business_zone b), 'UTC');
begin
    insert into interaction_day (user_id, day, channel, interactions)
    select user_id, (occurred_at at time zone z)::date, channel, count(*) from interaction where id > after_id
    group by 1, 2, 3
    on conflict (user_id, day, channel)
        do update set interactions = interaction_day.interactions + excluded.interactions;
    insert into follow_up_day (user_id, day, due, on_time)
    select user_id, follow_up_on, count(*),
           count(*) filter (where follow_up_done and (follow_up_done_at at time zone z)::date <= follow_up_on)
    from interaction where id > after_id and follow_up_on is not null group by 1, 2
    on conflict (user_id, day)
        do update set due = follow_up_day.due + excluded.due, on_time = follow_up_day.on_time + excluded.on_time;
end;
$$;

-- Counts every interaction from scratch (after a change of zone).
create function recount_interactions() returns void language plpgsql as $$
begin
    lock table interaction in share row exclusive mode;
    truncate interaction_day, follow_up_day;
    perform count_interactions_after(0);
end;
$$;

select recount_interactions();
