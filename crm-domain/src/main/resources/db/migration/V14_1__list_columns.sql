-- The columns each user chose for a list (the customer list's column chooser), kept across sessions.
create table user_list_columns (
    user_id     bigint       not null references app_user (id) on delete cascade,
    list_name   varchar(40)  not null,
    columns     text[]       not null,
    updated_at  timestamptz  not null,
    primary key (user_id, list_name)
);
