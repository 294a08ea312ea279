-- ATT-6: the year a person's unexcused absence passed the limit (Art. 12: more than 15 working days);
-- raised once per person and year, when it opened the replacement request (PER-4).
create sequence attendance_absence_alert_seq start with 1 increment by 1;

create table attendance_absence_alert (
    id           bigint      primary key,
    person_id    bigint      not null,
    year         integer     not null,
    absent_days  integer     not null,
    absence_limit integer    not null,
    raised_at    timestamptz not null,
    constraint attendance_absence_alert_uk unique (person_id, year)
);

-- ATT-7: the county organisation department's spot checks (抽查): who was found present or absent on
-- which day; each check is also written into the register.
create sequence attendance_spot_check_seq start with 1 increment by 1;

create table attendance_spot_check (
    id               bigint       primary key,
    person_id        bigint       not null,
    village_node_id  bigint       not null,
    township_node_id bigint       not null,
    day              date         not null,
    found_present    boolean      not null,
    note             varchar(200),
    checked_by       varchar(64)  not null,
    recorded_at      timestamptz  not null
);
create index attendance_spot_check_township_idx on attendance_spot_check (township_node_id, day);
