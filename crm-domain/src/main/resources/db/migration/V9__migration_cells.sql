-- The tier-migration report between two runs, precomputed like the other reports: for a pair of runs,
-- the customers and revenue moving from each tier to each tier, per owner and customer type in the later
-- run. The pair (previous run, new run) is computed when a run is made; any other pair the first time
-- someone asks for it. A report adds the sums up for its audience and corrects them, as report_cell is
-- corrected, for the customers given to another owner (or deleted) since the later run.
create table migration_pair (
    run_id        bigint       not null references segmentation_run (id) on delete cascade,
    from_run_id   bigint       not null references segmentation_run (id) on delete cascade,
    computed_at   timestamptz  not null default now(),
    primary key (run_id, from_run_id)
);

create table migration_cell (
    run_id        bigint           not null,
    from_run_id   bigint           not null,
    owner_id      bigint           not null,
    organisation  boolean          not null,
    from_tier     varchar(10)      not null,
    to_tier       varchar(10)      not null,
    customers     integer          not null,
    revenue       double precision not null,
    foreign key (run_id, from_run_id) references migration_pair (run_id, from_run_id) on delete cascade
);
create index migration_cell_pair_idx on migration_cell (run_id, from_run_id);

-- a run's history keeps the owner and type its scores were computed under, so that a migration to an
-- old run is corrected for owner changes as one to a recent run is
alter table score_history add column owner_id bigint, add column organisation boolean;

create or replace view run_scores as
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv, owner_id, organisation
    from customer_score
    union all
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv, owner_id, organisation
    from score_history;
