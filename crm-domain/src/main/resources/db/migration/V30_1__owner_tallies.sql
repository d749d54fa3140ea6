-- The team overview on a manager's or an administrator's home page counted, for each person, all of their
-- customers and their customers' overdue follow-ups row by row: 0.7 s on a quiet machine at a million customers,
-- 2.5 s under load. These tables keep the two figures as customers and interactions change:
--   owner_customers:      how many customers each person owns;
--   owner_follow_up_due:  how many open follow-ups (follow_up_on set, not done) of each person's customers fall
--                         due on each day; the overdue ones are the days before today.
-- Kept by triggers (per statement where they can be, so that an import of 100,000 customers updates each
-- person's row once), counted in one go after a bulk load written without triggers (count_owner_tallies_after).
create table owner_customers (
    owner_id   bigint  primary key,
    customers  bigint  not null
);

create table owner_follow_up_due (
    owner_id  bigint   not null,
    due_on    date     not null,
    open      integer  not null,
    primary key (owner_id, due_on)
);

-- Customers added or removed, per owner (sign 1 or -1); rows in owner order, so that two transactions taking
-- the same owners' rows take them in the same order.
create function owner_customers_added() returns trigger language plpgsql as $$
begin
    insert into owner_customers (owner_id, customers)
    select owner_id, count(*) from new_customers group by owner_id order by owner_id
    on conflict (owner_id) do update set customers = owner_customers.customers + excluded.customers;
    return null;
end;
$$;

create function owner_customers_removed() returns trigger language plpgsql as $$
begin
    insert into owner_customers (owner_id, customers)
    select owner_id, -count(*) from old_customers group by owner_id order by owner_id
    on conflict (owner_id) do update set customers = owner_customers.customers + excluded.customers;
    return null;
end;
$$;

-- A change of owner moves the customer, and its open follow-ups, from the old owner's figures to the new one's.
create function owner_customers_moved() returns trigger language plpgsql as $$
begin
    insert into owner_customers (owner_id, customers)
    select owner_id, sum(n) from (
        select o.owner_id, -1 as n from old_customers o join new_customers c on c.id = o.id
        where o.owner_id is distinct from c.owner_id
        union all
        select c.owner_id, 1 from old_customers o join new_customers c on c.id = o.id
        where o.owner_id is distinct from c.owner_id) m
    group by owner_id order by owner_id
    on conflict (owner_id) do update set customers = owner_customers.customers + excluded.customers;
    insert into owner_follow_up_due (owner_id, due_on, open)
    select owner_id, due_on, sum(n) from (
        select o.owner_id, i.follow_up_on as due_on, -1 as n
        from old_customers o join new_customers c on c.id = o.id join interaction i on i.customer_id = o.id
        where o.owner_id is distinct from c.owner_id and i.follow_up_on is not null and not i.follow_up_done
        union all
        select c.owner_id, i.follow_up_on, 1
        from old_customers o join new_customers c on c.id = o.id join interaction i on i.customer_id = o.id
        where o.owner_id is distinct from c.owner_id and i.follow_up_on is not null and not i.follow_up_done) f
    group by owner_id, due_on order by owner_id, due_on
    on conflict (owner_id, due_on) do update set open = owner_follow_up_due.open + excluded.open;
    return null;
end;
$$;

create trigger owner_customers_added after insert on customer
    referencing new table as new_customers for each statement execute function owner_customers_added();
create trigger owner_customers_removed after delete on customer
    referencing old table as old_customers for each statement execute function owner_customers_removed();
create trigger owner_customers_moved after update on customer
    referencing old table as old_customers new table as new_customers
    for each statement execute function owner_customers_moved();

-- Before a customer is deleted, while its interactions are still there (they go with it, on delete cascade, and
-- then no longer find their owner): its open follow-ups leave its owner's figures.
create function owner_follow_ups_of_deleted_customer() returns trigger language plpgsql as $$
begin
    insert into owner_follow_up_due (owner_id, due_on, open)
    select old.owner_id, i.follow_up_on, -count(*)
    from interaction i
    where i.customer_id = old.id and i.follow_up_on is not null and not i.follow_up_done
    group by i.follow_up_on order by i.follow_up_on
    on conflict (owner_id, due_on) do update set open = owner_follow_up_due.open + excluded.open;
    return old;
end;
$$;

create trigger owner_follow_ups_of_deleted_customer before delete on customer
    for each row execute function owner_follow_ups_of_deleted_customer();

-- Open follow-ups added or taken back under their customer's owner. The customers are read with a shared lock:
-- a change of owner waits for this transaction, and this one for it, so that a follow-up is counted under the
-- owner its customer ends up with. A customer no longer there is being deleted: owner_follow_ups_of_deleted_customer
-- took its follow-ups back already. (A transition table is visible only in its trigger's own function, hence the
-- two statements written out.)
create function owner_follow_ups_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into owner_follow_up_due (owner_id, due_on, open)
        select c.owner_id, f.follow_up_on, -count(*)
        from old_interactions f
             join (select c.id, c.owner_id from customer c
                   where c.id in (select customer_id from old_interactions
                                  where follow_up_on is not null and not follow_up_done)
                   for share) c on c.id = f.customer_id
        where f.follow_up_on is not null and not f.follow_up_done
        group by c.owner_id, f.follow_up_on order by c.owner_id, f.follow_up_on
        on conflict (owner_id, due_on) do update set open = owner_follow_up_due.open + excluded.open;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into owner_follow_up_due (owner_id, due_on, open)
        select c.owner_id, f.follow_up_on, count(*)
        from new_interactions f
             join (select c.id, c.owner_id from customer c
                   where c.id in (select customer_id from new_interactions
                                  where follow_up_on is not null and not follow_up_done)
                   for share) c on c.id = f.customer_id
        where f.follow_up_on is not null and not f.follow_up_done
        group by c.owner_id, f.follow_up_on order by c.owner_id, f.follow_up_on
        on conflict (owner_id, due_on) do update set open = owner_follow_up_due.open + excluded.open;
    end if;
    return null;
end;
$$;

create trigger owner_follow_ups_added after insert on interaction
    referencing new table as new_interactions for each statement execute function owner_follow_ups_changed();
create trigger owner_follow_ups_removed after delete on interaction
    referencing old table as old_interactions for each statement execute function owner_follow_ups_changed();
create trigger owner_follow_ups_updated after update on interaction
    referencing old table as old_interactions new table as new_interactions
    for each statement execute function owner_follow_ups_changed();

-- The count after a bulk load written without triggers: the customers and interactions with ids above these.
create function count_owner_tallies_after(customers_after bigint, interactions_after bigint) returns void
language plpgsql as $$
begin
    insert into owner_customers (owner_id, customers)
    select owner_id, count(*) from customer where id > customers_after group by owner_id order by owner_id
    on conflict (owner_id) do update set customers = owner_customers.customers + excluded.customers;
    insert into owner_follow_up_due (owner_id, due_on, open)
    select c.owner_id, i.follow_up_on, count(*)
    from interaction i join customer c on c.id = i.customer_id
    where i.id > interactions_after and i.follow_up_on is not null and not i.follow_up_done
    group by 1, 2 order by 1, 2
    on conflict (owner_id, due_on) do update set open = owner_follow_up_due.open + excluded.open;
end;
$$;

select count_owner_tallies_after(0, 0);
