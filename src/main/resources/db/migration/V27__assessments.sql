-- ASM-1..7: the quarterly (平时考核, Annex 4) and annual (年度考核, Annex 5) assessments of the dispatched
-- cadres, each with its sign-off chain. An assessment keeps where its person was posted when it
-- began (village, township, county, unit), so that the data scope (ORG-5) and the printed forms
-- read it whatever happens later.
create sequence assessment_seq start with 1 increment by 1;

create table assessment (
    id                  bigint        primary key,
    version             bigint        not null default 0,
    kind                varchar(10)   not null check (kind in ('QUARTERLY', 'ANNUAL')),
    period_year         integer       not null,
    -- the quarter (1..4) of a quarterly assessment; 0 for the annual one
    quarter             integer       not null check (quarter between 0 and 4),
    person_id           bigint        not null references person (id),
    person_name         varchar(50)   not null,
    civil_servant       boolean       not null,
    village_node_id     bigint        not null references org_node (id),
    village_name        varchar(100)  not null,
    township_node_id    bigint        not null references org_node (id),
    county_node_id      bigint        not null references org_node (id),
    unit_id             bigint        not null references dispatching_unit (id),
    -- proposed by the township, confirmed or changed by the county (annual); null until proposed
    grade               varchar(12)   check (grade in ('EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT')),
    complete            boolean       not null default false,
    completed_on        date,
    -- ASM-6: the level node (region, city or county of the dispatch) whose 优秀 limit this annual 优秀 holds a place of
    quota_node_id       bigint        references org_node (id),
    -- ASM-2, Art. 10: the annual result fed back to the dispatching unit, outside the unit's own quota
    fed_back_to_unit    boolean       not null default false,
    started_by          varchar(100)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint assessment_period_ck check ((kind = 'ANNUAL') = (quarter = 0)),
    constraint assessment_quota_ck check (quota_node_id is null or (kind = 'ANNUAL' and grade = 'EXCELLENT'))
);
create unique index assessment_period_uk on assessment (person_id, kind, period_year, quarter);
create index assessment_village_idx on assessment (village_node_id, period_year);
create index assessment_unit_idx on assessment (unit_id, period_year);
create index assessment_quota_idx on assessment (quota_node_id, period_year) where quota_node_id is not null;

create sequence assessment_step_seq start with 1 increment by 1;

-- the signed steps of the chain in force: opinion, signer, date (a return deletes the steps it undoes;
-- the history below keeps them)
create table assessment_step (
    id              bigint         primary key,
    assessment_id   bigint         not null references assessment (id),
    step            varchar(16)    not null check (step in ('SUMMARY', 'VILLAGE', 'TOWNSHIP', 'UNIT', 'PERSON', 'COUNTY_ORG', 'COUNTY_POVERTY')),
    opinion         varchar(4000)  not null,
    grade           varchar(12)    check (grade in ('EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT')),
    signer          varchar(100)   not null,
    signed_on       date           not null,
    signed_at       timestamptz    not null,
    -- BUR-3: entered by the township from the signed paper form
    on_paper        boolean        not null default false,
    constraint assessment_step_uk unique (assessment_id, step)
);

create sequence assessment_event_seq start with 1 increment by 1;

-- the history of an assessment: every signature and every return with its reason, never deleted
create table assessment_event (
    id              bigint         primary key,
    assessment_id   bigint         not null references assessment (id),
    action          varchar(10)    not null check (action in ('STARTED', 'SIGNED', 'RETURNED', 'COMPLETED')),
    step            varchar(16),
    target_step     varchar(16),
    text            varchar(4000),
    grade           varchar(12),
    actor           varchar(100)   not null,
    at              timestamptz    not null
);
create index assessment_event_idx on assessment_event (assessment_id, at, id);

-- ASM-6, SEC-8: one row per level node and year, locked (select … for update) while a place of the
-- 优秀 limit is taken, so that concurrent proposals cannot exceed it
create table assessment_quota (
    level_node_id   bigint   not null references org_node (id),
    period_year     integer  not null,
    primary key (level_node_id, period_year)
);
