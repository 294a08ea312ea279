-- TSK-1/2: yearly work plans of a person or a work team, and their quantified tasks
create sequence work_plan_seq;
create table work_plan (
    id bigint primary key,
    kind varchar(8) not null check (kind in ('PERSON', 'TEAM')),
    person_id bigint,
    person_name varchar(64),
    village_node_id bigint not null,
    unit_id bigint,
    plan_year int not null,
    status varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'AGREED')),
    created_by varchar(64) not null,
    agreed_by varchar(64),
    agreed_at timestamp with time zone,
    version bigint not null default 0,
    check ((kind = 'PERSON') = (person_id is not null))
);
create unique index work_plan_person_year on work_plan (person_id, plan_year) where kind = 'PERSON';
create unique index work_plan_team_year on work_plan (village_node_id, plan_year) where kind = 'TEAM';

create sequence plan_task_seq;
create table plan_task (
    id bigint primary key,
    plan_id bigint not null references work_plan (id),
    duty varchar(32) not null,
    description varchar(300) not null,
    target varchar(100) not null,
    outcome varchar(8) not null check (outcome in ('OPEN', 'DONE', 'NOT_DONE')),
    outcome_note varchar(300),
    marked_by varchar(64),
    marked_at timestamp with time zone,
    added_by varchar(64) not null,
    version bigint not null default 0
);
create index plan_task_plan on plan_task (plan_id);

-- TRN-1: training courses and who attended
create sequence training_course_seq;
create table training_course (
    id bigint primary key,
    title varchar(120) not null,
    organiser_node_id bigint not null,
    organiser_level varchar(8) not null check (organiser_level in ('REGION', 'CITY', 'COUNTY')),
    start_date date not null,
    end_date date not null,
    days int not null check (days > 0),
    off_the_job boolean not null,
    recorded_by varchar(64) not null,
    version bigint not null default 0,
    check (end_date >= start_date)
);
create sequence training_attendance_seq;
create table training_attendance (
    id bigint primary key,
    course_id bigint not null references training_course (id),
    person_id bigint not null,
    person_name varchar(64) not null,
    village_node_id bigint not null,
    unit_id bigint not null,
    recorded_by varchar(64) not null,
    unique (course_id, person_id)
);
create index training_attendance_person on training_attendance (person_id);

-- SUP-1: inspections (巡回督导检查), the villages visited and the findings per person
create sequence inspection_seq;
create table inspection (
    id bigint primary key,
    level varchar(8) not null check (level in ('REGION', 'CITY', 'COUNTY')),
    organiser_node_id bigint not null,
    inspected_on date not null,
    team varchar(120) not null,
    summary varchar(500),
    recorded_by varchar(64) not null,
    version bigint not null default 0
);
create table inspection_village (
    inspection_id bigint not null references inspection (id),
    village_node_id bigint not null,
    primary key (inspection_id, village_node_id)
);
create sequence inspection_finding_seq;
create table inspection_finding (
    id bigint primary key,
    inspection_id bigint not null references inspection (id),
    person_id bigint not null,
    person_name varchar(64) not null,
    village_node_id bigint not null,
    unit_id bigint not null,
    finding varchar(500) not null,
    recorded_by varchar(64) not null
);

-- SUP-2: criticism notices (督查通报), discipline violations and inaction findings per person
create sequence discipline_record_seq;
create table discipline_record (
    id bigint primary key,
    kind varchar(24) not null check (kind in ('CRITICISM_NOTICE', 'DISCIPLINE_VIOLATION', 'INACTION')),
    severity varchar(24) check (severity in ('LAX_DISCIPLINE', 'DERELICTION_OR_SERIOUS')),
    level varchar(8) not null check (level in ('REGION', 'CITY', 'COUNTY')),
    organiser_node_id bigint not null,
    person_id bigint not null,
    person_name varchar(64) not null,
    village_node_id bigint not null,
    unit_id bigint not null,
    issued_on date not null,
    issuing_body varchar(100) not null,
    summary varchar(500) not null,
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null,
    check ((kind = 'DISCIPLINE_VIOLATION') = (severity is not null))
);
create index discipline_record_person on discipline_record (person_id, issued_on);

-- TSK-1/2: documents of a plan — the team's Annex 1 plans (work plan, annual scheme, village
-- development plan, annual construction scheme) and the evidence of a task (stored by module document)
create sequence plan_document_seq;
create table plan_document (
    id bigint primary key,
    plan_id bigint not null references work_plan (id),
    task_id bigint references plan_task (id),
    kind varchar(24) not null check (kind in ('WORK_PLAN', 'ANNUAL_SCHEME', 'DEVELOPMENT_PLAN', 'CONSTRUCTION_SCHEME', 'EVIDENCE')),
    document_id bigint not null,
    added_by varchar(64) not null,
    added_at timestamp with time zone not null,
    check ((kind = 'EVIDENCE') = (task_id is not null))
);
create index plan_document_plan on plan_document (plan_id);
