-- Indexes found by measuring at 1,000,000 customers and 10,000,000 orders (docs/benchmarks.md).

-- the customer list's default order for administrators (the text_pattern_ops index serves prefix
-- search but cannot give the collation's order)
create index if not exists customer_name_sort_idx on customer (lower(name), id);

-- segmentation facts: the completed orders in customer-and-day order, read without touching the table
create index if not exists order_facts_idx on customer_order (customer_id, order_date) include (amount, cost)
    where status = 'COMPLETED';

-- cost to serve per customer in customer order, and the timeline (scanned backwards)
drop index if exists interaction_customer_idx;
create index if not exists interaction_customer_time_idx on interaction (customer_id, occurred_at) include (channel);

-- the tier index cost more to build per run than it saved: lists filtered by tier walk the name index
drop index if exists customer_score_tier_idx;

-- The tiers of any run, whether its full scores are still attached or only its history remains (a
-- run is in exactly one of the two: its history is written in the transaction that drops its scores).
create view run_scores as
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv
    from customer_score
    union all
    select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle, relationship,
           revenue_window, predicted_clv
    from score_history;
