-- PER-2/3: a person's assignment to a village, in that village's work team, with a role and a
-- planned term. History is never deleted: an assignment ends (ended_on) and stays.
create sequence work_team_seq start with 1 increment by 1;

create table work_team (
    id              bigint       primary key,
    version         bigint       not null default 0,
    village_node_id bigint       not null references org_node (id),
    name            varchar(100) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint work_team_village_uk unique (village_node_id)
);

create sequence assignment_seq start with 1 increment by 1;

create table assignment (
    id               bigint       primary key,
    version          bigint       not null default 0,
    person_id        bigint       not null references person (id),
    team_id          bigint       not null references work_team (id),
    village_node_id  bigint       not null references org_node (id),
    role             varchar(20)  not null check (role in ('FIRST_SECRETARY', 'TEAM_LEADER', 'TEAM_MEMBER')),
    leads_team       boolean      not null default false,
    unit_id          bigint       not null references dispatching_unit (id),
    dispatch_level   varchar(16)  not null check (dispatch_level in ('REGION', 'CITY', 'COUNTY')),
    start_date       date         not null,
    planned_end_date date         not null,
    ended_on         date,
    end_reason       varchar(200),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint assignment_term_ck check (planned_end_date > start_date),
    constraint assignment_end_ck check (ended_on is null or ended_on >= start_date),
    constraint assignment_leader_ck check (not leads_team or role in ('FIRST_SECRETARY', 'TEAM_LEADER'))
);
create index assignment_person_idx on assignment (person_id);
create index assignment_village_idx on assignment (village_node_id);
-- PER-2: at most one active assignment per person.
create unique index assignment_one_active_uk on assignment (person_id) where ended_on is null;
-- PER-3: at most one active leader per team.
create unique index assignment_one_leader_uk on assignment (team_id) where ended_on is null and leads_team;
