-- Reports filtered by a tag added up every score of the customers carrying it: over a second at a
-- million customers for a common tag. A run now also sums its scores per tag (besides per owner and
-- customer type), each score remembers the customer's tags when it was computed, and a change of
-- tags is logged like a change of owner, so that a report corrects the sums for the customers whose
-- tags (or owner) changed since the run.
alter table customer_score add column tags text[];

create table report_tag_cell (
    run_id        bigint           not null references segmentation_run (id) on delete cascade,
    owner_id      bigint           not null,
    organisation  boolean          not null,
    tag           varchar(100)     not null,
    dimension     varchar(12)      not null,
    value         varchar(40)      not null,
    customers     integer          not null,
    revenue       double precision not null,
    margin        double precision not null,
    clv           double precision not null,
    monetary      double precision not null
);
create index report_tag_cell_run_idx on report_tag_cell (run_id, tag, dimension);

drop trigger customer_owner_changed on customer;
create trigger customer_owner_changed after update of owner_id, tags on customer
    for each row when (old.owner_id is distinct from new.owner_id or old.tags is distinct from new.tags)
    execute function log_customer_owner_change();
