-- Accounts and roles. An account is bound to an office, or (a dispatched cadre) to a person
-- record, or (an administrator) optionally to the node it administers.
create sequence user_account_seq start with 1 increment by 1;

create table user_account (
    id            bigint       primary key,
    version       bigint       not null default 0,
    username      varchar(50)  not null,
    display_name  varchar(50)  not null,
    password_hash varchar(200) not null,
    office_id     bigint       references office (id),
    admin_node_id bigint       references org_node (id),
    person_id     bigint,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint user_account_username_uk unique (username),
    constraint user_account_username_ck check (username = lower(btrim(username)))
);

create table user_account_role (
    account_id bigint      not null references user_account (id),
    role       varchar(32) not null,
    primary key (account_id, role),
    constraint user_account_role_ck check (role in ('ORGANISATION_DEPARTMENT', 'RURAL_WORK_OFFICE',
        'POVERTY_ALLEVIATION_OFFICE', 'TOWNSHIP_PARTY_COMMITTEE', 'VILLAGE_PARTY_BRANCH', 'DISPATCHING_UNIT',
        'DISPATCHED_CADRE', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))
);
-- SEC-1: one account holds at most one of the three administrator roles.
create unique index user_account_one_admin_role_uk on user_account_role (account_id)
    where role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN');

-- Tokens for API clients (the phone): only a SHA-256 hash of the token is stored.
create sequence api_token_seq start with 1 increment by 1;

create table api_token (
    id           bigint      primary key,
    account_id   bigint      not null references user_account (id),
    token_hash   varchar(64) not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_account_idx on api_token (account_id);
