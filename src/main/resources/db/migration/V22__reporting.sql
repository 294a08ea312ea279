-- REP-1..5: reports of dispatched cadres with their deadlines, routed to every recipient office the
-- policy names, each of which marks it received; REP-4: the meetings of Art. 5.
-- A report keeps where its author was posted when it was submitted (village, township, county,
-- unit): its recipients and the data scope (ORG-5) are read from it, whatever happens later.
create sequence report_seq start with 1 increment by 1;

create table report (
    id                 bigint        primary key,
    version            bigint        not null default 0,
    kind               varchar(20)   not null check (kind in ('QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'WORK_INFO')),
    period_year        integer       not null,
    -- the quarter (1..4) of a quarterly report; 1 for the semi-annual and annual reports; 0 for work information
    period_no          integer       not null check (period_no between 0 and 4),
    person_id          bigint        not null references person (id),
    person_name        varchar(100)  not null,
    assignment_id      bigint        not null references assignment (id),
    village_node_id    bigint        not null references org_node (id),
    township_node_id   bigint        not null references org_node (id),
    county_node_id     bigint        not null references org_node (id),
    unit_id            bigint        not null references dispatching_unit (id),
    title              varchar(200)  not null,
    -- written in the system, or uploaded as a document (the document module's id)
    body               text,
    document_id        bigint,
    -- REP-5: the due date in force when it was submitted (null for work information, which has none)
    due_date           date,
    submitted_on       date          not null,
    submitted_at       timestamptz   not null,
    submitted_by_name  varchar(100)  not null,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint report_content_ck check (body is not null or document_id is not null)
);
-- one report per person, kind and period; work information is sent ad hoc (REP-3)
create unique index report_period_uk on report (person_id, kind, period_year, period_no) where kind <> 'WORK_INFO';
create index report_village_idx on report (village_node_id, period_year);
create index report_unit_idx on report (unit_id, period_year);

create sequence report_recipient_seq start with 1 increment by 1;

create table report_recipient (
    id                bigint        primary key,
    version           bigint        not null default 0,
    report_id         bigint        not null references report (id) on delete cascade,
    office_id         bigint        not null references office (id),
    office_name       varchar(100)  not null,
    office_kind       varchar(32)   not null,
    -- REP-1: the recipient marks it received (who, when)
    received_at       timestamptz,
    received_by_name  varchar(100),
    constraint report_recipient_uk unique (report_id, office_id),
    constraint report_recipient_received_ck check ((received_at is null) = (received_by_name is null))
);
create index report_recipient_office_idx on report_recipient (office_id, received_at);

create sequence meeting_seq start with 1 increment by 1;

-- REP-4 (Art. 5): the township hears the first secretary every month, the county holds a special
-- meeting every quarter, the city at least once a year
create table meeting (
    id                  bigint        primary key,
    version             bigint        not null default 0,
    kind                varchar(30)   not null check (kind in ('TOWNSHIP_MONTHLY_HEARING', 'COUNTY_QUARTERLY_MEETING', 'CITY_YEARLY_MEETING')),
    office_id           bigint        not null references office (id),
    office_name         varchar(100)  not null,
    node_id             bigint        not null references org_node (id),
    node_path           varchar(200)  not null,
    held_on             date          not null,
    participants        varchar(2000) not null,
    minutes             text,
    document_id         bigint,
    recorded_by_name    varchar(100)  not null,
    recorded_at         timestamptz   not null,
    constraint meeting_minutes_ck check (minutes is not null or document_id is not null)
);
create index meeting_node_idx on meeting (node_id, kind, held_on);
