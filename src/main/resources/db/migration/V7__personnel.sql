-- PER-1: dispatched personnel. The ID number and phone are stored encrypted (SEC-5); a keyed
-- hash of the ID number (HMAC-SHA256 with the data key) finds duplicates without decrypting.
create sequence person_seq start with 1 increment by 1;

create table person (
    id                bigint       primary key,
    version           bigint       not null default 0,
    name              varchar(50)  not null,
    gender            varchar(8)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date        date         not null,
    political_status  varchar(32)  not null,
    work_unit_post    varchar(100) not null,
    unit_id           bigint       not null references dispatching_unit (id),
    id_number         text         not null,
    id_number_digest  varchar(64)  not null,
    phone             text,
    civil_servant     boolean      not null default false,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint person_id_number_uk unique (id_number_digest)
);
create index person_unit_idx on person (unit_id);
