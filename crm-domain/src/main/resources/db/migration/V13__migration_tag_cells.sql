-- The tier-migration report filtered by a tag compared the tagged customers of two runs one by one
-- (over a second at a million customers). Its sums are now kept per tag too, like the other reports':
-- per pair of runs, owner, customer type and tag of the later run; corrected for the customers whose
-- owner or tags changed since. A run's history keeps the tags its scores were computed under.
alter table score_history add column tags text[];

create or replace view run_scores as
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv, owner_id, organisation, tags
    from customer_score
    union all
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv, owner_id, organisation, tags
    from score_history;

create table migration_tag_cell (
    run_id        bigint           not null,
    from_run_id   bigint           not null,
    owner_id      bigint           not null,
    organisation  boolean          not null,
    tag           varchar(100)     not null,
    from_tier     varchar(10)      not null,
    to_tier       varchar(10)      not null,
    customers     integer          not null,
    revenue       double precision not null,
    foreign key (run_id, from_run_id) references migration_pair (run_id, from_run_id) on delete cascade
);
create index migration_tag_cell_pair_idx on migration_tag_cell (run_id, from_run_id, tag);
