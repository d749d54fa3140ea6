-- What the manager reports need of a run, precomputed while the run writes its scores: sums per
-- owner, customer type and value of each dimension (tier, ABC class, ...), and a sample of points for
-- the value-matrix scatter. Reports filtered by team, rep or type add these up; only a tag filter
-- goes back to the scores themselves.
create table report_cell (
    run_id        bigint           not null references segmentation_run (id) on delete cascade,
    owner_id      bigint           not null,
    organisation  boolean          not null,
    dimension     varchar(12)      not null,
    value         varchar(40)      not null,
    customers     integer          not null,
    revenue       double precision not null,
    margin        double precision not null,
    clv           double precision not null,
    monetary      double precision not null
);
create index report_cell_run_idx on report_cell (run_id, dimension);

create table report_point (
    run_id            bigint           not null references segmentation_run (id) on delete cascade,
    owner_id          bigint           not null,
    organisation      boolean          not null,
    customer_id       bigint           not null,
    current_value     double precision not null,
    growth_potential  double precision not null,
    tier              varchar(10)      not null
);
create index report_point_run_idx on report_point (run_id);
