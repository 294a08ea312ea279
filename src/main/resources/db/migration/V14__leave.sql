-- LEA-1..3: leave requests of dispatched cadres and the decisions of their approvers.
-- The request keeps where the person was posted when they asked (village, township, county, unit):
-- the route and the data scope (ORG-5) are read from it, whatever happens to the posting later.
create sequence leave_request_seq start with 1 increment by 1;

create table leave_request (
    id                     bigint       primary key,
    version                bigint       not null default 0,
    person_id              bigint       not null references person (id),
    person_name            varchar(100) not null,
    assignment_id          bigint       not null references assignment (id),
    village_node_id        bigint       not null references org_node (id),
    township_node_id       bigint       not null references org_node (id),
    county_node_id         bigint       not null references org_node (id),
    unit_id                bigint       not null references dispatching_unit (id),
    start_date             date         not null,
    end_date               date         not null,
    reason                 varchar(500) not null,
    working_days           integer      not null check (working_days > 0),
    route                  varchar(20)  not null check (route in ('TOWNSHIP', 'COUNTY_AND_UNIT')),
    state                  varchar(20)  not null check (state in ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    -- BUR-3: who entered it (the cadre, or the township's clerk for them)
    entered_by_account_id  bigint       not null,
    entered_by_name        varchar(100) not null,
    entered_by_office_name varchar(200),
    closed_at              timestamptz,
    -- LEA-3: the report of return (销假)
    returned_on            date,
    return_reported_at     timestamptz,
    return_reported_by     varchar(100),
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint leave_request_range_ck check (end_date >= start_date),
    constraint leave_request_return_ck check (returned_on is null or (state = 'APPROVED' and returned_on >= start_date))
);
create index leave_request_person_idx on leave_request (person_id, start_date);
create index leave_request_village_idx on leave_request (village_node_id, state);
create index leave_request_unit_idx on leave_request (unit_id, state);

create sequence leave_decision_seq start with 1 increment by 1;

create table leave_decision (
    id                    bigint       primary key,
    request_id            bigint       not null references leave_request (id),
    approver_kind         varchar(40)  not null
        check (approver_kind in ('TOWNSHIP_PARTY_COMMITTEE', 'COUNTY_ORGANISATION_DEPARTMENT', 'DISPATCHING_UNIT')),
    approved              boolean      not null,
    opinion               varchar(500),
    office_id             bigint       not null,
    office_name           varchar(200) not null,
    decided_by_account_id bigint       not null,
    decided_by_name       varchar(100) not null,
    decided_at            timestamptz  not null default now(),
    -- SEC-8: one decision per approver kind, whatever races the application loses
    constraint leave_decision_kind_uk unique (request_id, approver_kind)
);
