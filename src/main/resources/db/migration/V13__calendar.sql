-- ATT-1: the working-day calendar of the PRC. The national schedule of each year lists only the
-- days that differ from the weekly rhythm: statutory holidays (法定节假日) on which nobody works,
-- and make-up working days (调休) on a weekend. Every other weekday is a working day.
create sequence calendar_special_day_seq start with 1 increment by 1;

create table calendar_special_day (
    id          bigint       primary key,
    version     bigint       not null default 0,
    day         date         not null,
    kind        varchar(20)  not null,
    name        varchar(50)  not null,
    reason      varchar(200),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint calendar_special_day_day_uk unique (day),
    constraint calendar_special_day_kind_ck check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

-- A year whose schedule is in the calendar: seeded from the library on first start, or entered
-- by the system administrator. A recorded year is never seeded again, so edits are kept.
create table calendar_year (
    year        integer      primary key,
    source      varchar(16)  not null,
    recorded_at timestamptz  not null default now(),
    constraint calendar_year_source_ck check (source in ('LIBRARY', 'MANUAL')),
    constraint calendar_year_range_ck check (year between 2000 and 2100)
);

-- Local holidays a county declares (地方节假日, e.g. 开斋节 in Ningxia), for that county's nodes.
create sequence calendar_local_holiday_seq start with 1 increment by 1;

create table calendar_local_holiday (
    id              bigint       primary key,
    county_node_id  bigint       not null references org_node (id),
    day             date         not null,
    name            varchar(50)  not null,
    created_at      timestamptz  not null default now(),
    constraint calendar_local_holiday_uk unique (county_node_id, day)
);
create index calendar_local_holiday_day_idx on calendar_local_holiday (day);

-- Every edit raises the revision, so that every instance of the application drops its cached
-- calendar (each instance looks at it at most once a minute; the editing instance at once).
create table calendar_revision (
    id        integer primary key,
    revision  bigint  not null,
    constraint calendar_revision_single_ck check (id = 1)
);
insert into calendar_revision (id, revision) values (1, 0);
