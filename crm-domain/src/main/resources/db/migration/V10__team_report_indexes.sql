-- The team report reads every interaction of the team's people in the last weeks or months; at a
-- million customers (7 million interactions) a scan of the occurred_at index and the table took
-- seconds. These indexes give each person's interactions and follow-ups in time order without
-- touching the table (docs/benchmarks.md).
create index interaction_user_time_idx on interaction (user_id, occurred_at) include (channel);
create index interaction_user_follow_up_idx on interaction (user_id, follow_up_on)
    include (follow_up_done, follow_up_done_at) where follow_up_on is not null;
create index complaint_handler_closed_idx on complaint (handler_id, closed_at) include (satisfaction)
    where closed_at is not null;
