-- ATT-8, BUR-2: optional phone check-in, switched on per county by its organisation department.
-- A county without a row (or with enabled = false) has check-in off: the default.
create table checkin_county (
    county_node_id bigint       primary key,
    enabled        boolean      not null,
    version        bigint       not null default 0,
    changed_by     varchar(64)  not null,
    changed_at     timestamptz  not null
);

-- ATT-8, SEC-5, SEC-9: one check-in from a phone. The location (encrypted, SEC-5) and the distance
-- from the village are purged after the retention period; the day and whether it was accepted stay.
-- The idempotency key is unique per person: a retried submission is stored once.
create sequence checkin_seq start with 1 increment by 1;

create table checkin (
    id                 bigint       primary key,
    person_id          bigint       not null,
    village_node_id    bigint       not null,
    township_node_id   bigint       not null,
    day                date         not null,
    server_time        timestamptz  not null,
    device_time        timestamptz  not null,
    location           varchar(255),
    accuracy_m         integer,
    distance_m         integer,
    radius_m           integer      not null,
    accepted           boolean      not null,
    idempotency_key    varchar(64)  not null,
    payload_hash       varchar(64)  not null,
    location_purged_at timestamptz,
    constraint checkin_key_uk unique (person_id, idempotency_key)
);
create index checkin_person_day_idx on checkin (person_id, day);
create index checkin_unpurged_idx on checkin (server_time) where location_purged_at is null;
