-- ATT-2: arrival and departure registrations (报到/离村登记), by the person or by the township's
-- attendance clerk (考勤员), confirmed by the clerk (at the latest when the month is confirmed).
create sequence presence_registration_seq start with 1 increment by 1;

create table presence_registration (
    id                 bigint       primary key,
    person_id          bigint       not null,
    village_node_id    bigint       not null,
    township_node_id   bigint       not null,
    kind               varchar(10)  not null check (kind in ('ARRIVAL', 'DEPARTURE')),
    on_date            date         not null,
    note               varchar(200),
    recorded_by        varchar(64)  not null,
    recorded_by_clerk  boolean      not null,
    recorded_at        timestamptz  not null,
    confirmed_by       varchar(64),
    confirmed_at       timestamptz,
    constraint presence_registration_uk unique (person_id, on_date, kind)
);
create index presence_registration_township_idx on presence_registration (township_node_id, on_date);

-- ATT-3/ATT-9: the register's days. Before the month is confirmed only the clerk's exceptions are
-- stored; confirming the month stores every working day of every posted person, so that a
-- confirmed month no longer follows later changes (SEC-8) except through an audited correction.
create sequence attendance_day_seq start with 1 increment by 1;

create table attendance_day (
    id               bigint       primary key,
    version          bigint       not null default 0,
    person_id        bigint       not null,
    village_node_id  bigint       not null,
    township_node_id bigint       not null,
    day              date         not null,
    status           varchar(20)  not null check (status in ('IN_VILLAGE', 'OFFICIAL_TRAVEL', 'MEETING', 'TRAINING',
                                                              'LEAVE', 'ABSENT', 'UNREGISTERED')),
    source           varchar(20)  not null check (source in ('DEFAULT', 'LEAVE', 'CLERK', 'PAPER', 'SPOT_CHECK', 'CORRECTION')),
    note             varchar(200),
    entered_by       varchar(64),
    entered_at       timestamptz,
    constraint attendance_day_uk unique (person_id, day)
);
create index attendance_day_township_idx on attendance_day (township_node_id, day);

-- ATT-9: a township's month, once confirmed. The unique key makes a second confirmation fail.
create sequence attendance_month_seq start with 1 increment by 1;

create table attendance_month (
    id               bigint       primary key,
    township_node_id bigint       not null,
    month_start      date         not null,
    confirmed_by     varchar(64)  not null,
    confirmed_at     timestamptz  not null,
    constraint attendance_month_uk unique (township_node_id, month_start),
    constraint attendance_month_start_ck check (extract(day from month_start) = 1)
);

-- ATT-9: every change to a confirmed day, with its reason; never updated or deleted.
create sequence attendance_correction_seq start with 1 increment by 1;

create table attendance_correction (
    id               bigint       primary key,
    person_id        bigint       not null,
    township_node_id bigint       not null,
    day              date         not null,
    old_status       varchar(20)  not null,
    new_status       varchar(20)  not null,
    reason           varchar(200) not null,
    corrected_by     varchar(64)  not null,
    corrected_at     timestamptz  not null
);
create index attendance_correction_person_idx on attendance_correction (person_id, day);
