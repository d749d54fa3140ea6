-- Every entity records when it last changed (their common base, stamped from the application's clock);
-- teams recorded only when they were created.
alter table team add column updated_at timestamptz not null default now();
