-- SEC-4: TOTP second factor (RFC 6238). The secret is stored encrypted (SEC-5); the last time
-- step used is kept so that a code cannot be replayed. Recovery codes are stored as hashes and
-- each works once.
create table totp_credential (
    account_id     bigint      primary key references user_account (id),
    secret         text        not null,
    enrolled_at    timestamptz not null,
    last_used_step bigint      not null default 0
);

create sequence recovery_code_seq start with 1 increment by 1;
create table recovery_code (
    id         bigint       primary key,
    account_id bigint       not null references user_account (id),
    code_hash  varchar(64)  not null,
    used_at    timestamptz
);
create index recovery_code_account_idx on recovery_code (account_id);
