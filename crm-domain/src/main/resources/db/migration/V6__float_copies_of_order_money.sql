-- Segmentation sums millions of order amounts; numeric arithmetic (and numeric → float8 casts) made
-- that the slowest part of a run. PostgreSQL keeps float8 copies of amount and cost beside the exact
-- numeric values (which stay the record), and the facts index carries the copies.
alter table customer_order
    add column if not exists amount_f double precision generated always as (amount::float8) stored,
    add column if not exists cost_f double precision generated always as (cost::float8) stored;

drop index if exists order_facts_idx;
create index if not exists order_facts_f_idx on customer_order (customer_id, order_date) include (amount_f, cost_f)
    where status = 'COMPLETED';
