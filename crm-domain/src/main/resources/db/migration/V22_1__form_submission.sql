-- Once-only submissions (issue 12, finding 3): a create form carries a one-time token; the first submit
-- claims it in the same transaction that creates the record and keeps where it led, so a repeat (double
-- click, browser retry, back and resubmit) creates nothing and leads to the same place.
create table form_submission (
    user_id    bigint      not null,
    token      varchar(64) not null,
    result     varchar(500),
    created_at timestamptz not null,
    primary key (user_id, token)
);
create index form_submission_age on form_submission (user_id, created_at);
