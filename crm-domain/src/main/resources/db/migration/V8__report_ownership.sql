-- Reports add up sums precomputed per owner when a run is made. A customer given to another rep
-- afterwards must count for the new owner (and no longer for the old one) in every report, as in the
-- customer list; a deleted customer must not count at all. Each score remembers the owner and type it
-- was computed under, and every change of owner (and every deletion) is logged, so that a report
-- corrects its sums for the few customers concerned since the run began.
alter table customer_score add column owner_id bigint, add column organisation boolean;

alter table segmentation_run add column owner_changes_since timestamptz;

create table customer_owner_change (
    customer_id  bigint       not null,
    changed_at   timestamptz  not null default clock_timestamp()
);
create index customer_owner_change_at_idx on customer_owner_change (changed_at, customer_id);

create function log_customer_owner_change() returns trigger language plpgsql as $$
begin
    insert into customer_owner_change (customer_id) values (old.id);
    return null;
end;
$$;

create trigger customer_owner_changed after update of owner_id on customer
    for each row when (old.owner_id is distinct from new.owner_id)
    execute function log_customer_owner_change();

create trigger customer_deleted after delete on customer
    for each row execute function log_customer_owner_change();
