-- SEC-2: the password policy (one row, edited by the security administrator), each account's
-- password age and history, and the failed-login counter kept per normalised username, whether
-- or not such an account exists (so that the answer does not tell which accounts exist).
create table password_policy (
    id                  integer  primary key check (id = 1),
    version             bigint   not null default 0,
    min_length          integer  not null check (min_length between 8 and 64),
    min_classes         integer  not null check (min_classes between 1 and 4),
    history_size        integer  not null check (history_size between 0 and 24),
    max_age_days        integer  not null check (max_age_days between 0 and 3650),
    lockout_threshold   integer  not null check (lockout_threshold between 3 and 20),
    lockout_minutes     integer  not null check (lockout_minutes between 1 and 1440),
    updated_at          timestamptz not null default now()
);
insert into password_policy (id, min_length, min_classes, history_size, max_age_days, lockout_threshold, lockout_minutes)
values (1, 8, 3, 5, 90, 5, 15);

alter table user_account add column password_changed_at timestamptz not null default now();
alter table user_account add column must_change_password boolean not null default true;

create sequence password_history_seq start with 1 increment by 1;
create table password_history (
    id            bigint       primary key,
    account_id    bigint       not null references user_account (id),
    password_hash varchar(200) not null,
    changed_at    timestamptz  not null
);
create index password_history_account_idx on password_history (account_id, changed_at desc);

create table login_throttle (
    username_key    varchar(100) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);
