-- SCO-A1/A2/A3, SCO-X, POL-1: the scoring templates of Annex 1-3, versioned and in force from a year.
-- county_node_id null: the region's default (the seed); else a county's refinement of it.
create sequence scoring_seq start with 1 increment by 1;

create table scoring_template (
    id              bigint        primary key,
    version         bigint        not null default 0,
    annex           varchar(10)   not null check (annex in ('TEAM', 'LEADER', 'MEMBER')),
    county_node_id  bigint,
    from_year       int           not null,
    revision        int           not null,
    title           varchar(200)  not null,
    note            varchar(2000),
    based_on_id     bigint        references scoring_template (id),
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null
);
create unique index scoring_template_revision_ux
    on scoring_template (annex, coalesce(county_node_id, 0), revision);

create table scoring_template_item (
    id               bigint        primary key,
    template_id      bigint        not null references scoring_template (id),
    position         int           not null,
    code             varchar(20)   not null,
    name             varchar(200)  not null,
    maximum          numeric(8, 2),
    rule_text        varchar(2000) not null default '',
    rule_kind        varchar(30),
    source           varchar(30),
    params           varchar(1000) not null default '',
    raters           varchar(500)  not null default '',
    bonus            boolean       not null default false,
    remainder_reason varchar(1000),
    unique (template_id, code)
);

-- BUR-3: a rater's score of an item that needs judgement, with who entered it and when.
-- subject_kind PERSON: subject_id is the person; TEAM: the village node of the work team.
create table scoring_rater_score (
    id              bigint        primary key,
    version         bigint        not null default 0,
    subject_kind    varchar(10)   not null check (subject_kind in ('PERSON', 'TEAM')),
    subject_id      bigint        not null,
    score_year      int           not null,
    item_code       varchar(20)   not null,
    rater_kind      varchar(40)   not null,
    rater_name      varchar(100)  not null,
    score           numeric(8, 2) not null,
    reason          varchar(2000),
    scored_on       date          not null,
    entered_by      varchar(64)   not null,
    entered_at      timestamptz   not null,
    unique (subject_kind, subject_id, score_year, item_code, rater_kind, rater_name)
);
create index scoring_rater_score_subject_ix on scoring_rater_score (subject_kind, score_year, subject_id);

-- Annex 1 items 2.2.3/2.2.4: the team's policy campaigns and farmers' skills training, entered by the township or the team.
create table scoring_team_activity (
    id              bigint        primary key,
    version         bigint        not null default 0,
    village_node_id bigint        not null,
    kind            varchar(20)   not null check (kind in ('POLICY_CAMPAIGN', 'SKILLS_TRAINING')),
    held_on         date          not null,
    title           varchar(200)  not null,
    person_times    int           not null default 0 check (person_times >= 0),
    entered_by      varchar(64)   not null,
    entered_at      timestamptz   not null
);
create index scoring_team_activity_village_ix on scoring_team_activity (village_node_id, held_on);
