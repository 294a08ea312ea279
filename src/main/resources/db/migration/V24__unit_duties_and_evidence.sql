-- MTG-1..3, SUB-2: the dispatching unit's duties towards its team in a village. Every record names
-- the unit and the village (the team); the unit records, the county and the township read (ORG-5).
create sequence unit_duty_seq start with 1 increment by 1;

-- MTG-1: the unit's leadership meetings that studied the team's work
create table unit_meeting (
    id              bigint        primary key,
    version         bigint        not null default 0,
    unit_id         bigint        not null,
    village_node_id bigint        not null,
    held_on         date          not null,
    minutes         varchar(4000) not null,
    entered_by      varchar(64)   not null,
    entered_at      timestamptz   not null
);
create index unit_meeting_pair_ix on unit_meeting (unit_id, village_node_id, held_on);

-- MTG-2: a leader's visit to the village (一把手 at least every half year, 分管领导 every quarter)
create table unit_leader_visit (
    id              bigint        primary key,
    version         bigint        not null default 0,
    unit_id         bigint        not null,
    village_node_id bigint        not null,
    leader_name     varchar(50)   not null,
    leader_role     varchar(20)   not null check (leader_role in ('HEAD', 'LEADER_IN_CHARGE')),
    visited_on      date          not null,
    solved          varchar(2000) not null,
    entered_by      varchar(64)   not null,
    entered_at      timestamptz   not null
);
create index unit_leader_visit_pair_ix on unit_leader_visit (unit_id, village_node_id, visited_on);

-- MTG-3, SUB-2: the working-funds ledger of the team (exact yuan), money given (IN) and used (OUT)
create table unit_fund_entry (
    id              bigint         primary key,
    version         bigint         not null default 0,
    unit_id         bigint         not null,
    village_node_id bigint         not null,
    entry_date      date           not null,
    direction       varchar(3)     not null check (direction in ('IN', 'OUT')),
    amount          numeric(14, 2) not null check (amount > 0),
    purpose         varchar(200)   not null,
    entered_by      varchar(64)    not null,
    entered_at      timestamptz    not null
);
create index unit_fund_entry_pair_ix on unit_fund_entry (unit_id, village_node_id, entry_date);

-- MTG-3 (Art. 21): the meal and travel subsidies the unit paid to its people in the village
create table unit_subsidy (
    id              bigint         primary key,
    version         bigint         not null default 0,
    unit_id         bigint         not null,
    village_node_id bigint         not null,
    person_id       bigint         not null,
    person_name     varchar(50)    not null,
    period          varchar(7)     not null,
    kind            varchar(10)    not null check (kind in ('MEAL', 'TRAVEL')),
    amount          numeric(14, 2) not null check (amount > 0),
    paid_on         date           not null,
    entered_by      varchar(64)    not null,
    entered_at      timestamptz    not null
);
create index unit_subsidy_pair_ix on unit_subsidy (unit_id, village_node_id, period);

-- Annex 1-3 bonus items: the evidence of a team (media, funds secured) or of a person (articles,
-- suggestions adopted, leaders' written instructions). It counts only once the township or county
-- has verified it; line-department funds are kept but never count as funds secured.
create sequence bonus_evidence_seq start with 1 increment by 1;

create table bonus_evidence (
    id              bigint         primary key,
    version         bigint         not null default 0,
    kind            varchar(20)    not null check (kind in ('MEDIA', 'FUNDS', 'ARTICLE', 'SUGGESTION', 'INSTRUCTION')),
    village_node_id bigint         not null,
    unit_id         bigint,
    person_id       bigint,
    person_name     varchar(50),
    level           varchar(10)    check (level in ('COUNTY', 'CITY', 'REGION', 'NATIONAL')),
    occurred_on     date           not null,
    title           varchar(200)   not null,
    link            varchar(500),
    document_id     bigint,
    amount          numeric(14, 2) check (amount is null or amount > 0),
    fund_source     varchar(30)    check (fund_source in ('SOCIAL_FUNDS', 'INVESTMENT_ATTRACTED', 'UNIT_OWN_FUNDS',
                                                          'LINE_DEPARTMENT_FUNDS')),
    state           varchar(10)    not null check (state in ('PENDING', 'VERIFIED', 'REFUSED')),
    entered_by      varchar(64)    not null,
    entered_at      timestamptz    not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    refusal_reason  varchar(200),
    constraint bonus_evidence_person_ck check ((kind in ('MEDIA', 'FUNDS')) = (person_id is null)),
    constraint bonus_evidence_funds_ck check ((kind = 'FUNDS') = (amount is not null and fund_source is not null)),
    constraint bonus_evidence_level_ck check (kind = 'FUNDS' or level is not null),
    constraint bonus_evidence_refusal_ck check (state <> 'REFUSED' or refusal_reason is not null)
);
create index bonus_evidence_village_ix on bonus_evidence (village_node_id, occurred_on);
create index bonus_evidence_person_ix on bonus_evidence (person_id, occurred_on);
