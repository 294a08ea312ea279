-- SAT-1, BUR-3: satisfaction surveys (群众满意度测评) of a person (Annex 2: team leader or first
-- secretary; Annex 3: member) or of a village's work team (Annex 1) for a year. The survey keeps
-- where its subject was posted (village, township, county, unit) for the data scope (ORG-5).
create sequence survey_seq start with 1 increment by 1;

create table survey (
    id                bigint       primary key,
    version           bigint       not null default 0,
    subject           varchar(10)  not null check (subject in ('TEAM', 'LEADER', 'MEMBER')),
    survey_year       integer      not null,
    person_id         bigint,
    person_name       varchar(50),
    village_node_id   bigint       not null,
    village_name      varchar(100) not null,
    township_node_id  bigint       not null,
    county_node_id    bigint       not null,
    unit_id           bigint,
    minimum_raters    integer      not null check (minimum_raters > 0),
    state             varchar(10)  not null check (state in ('OPEN', 'CLOSED')),
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null,
    closed_by         varchar(64),
    closed_at         timestamptz,
    constraint survey_person_ck check ((subject = 'TEAM') = (person_id is null))
);
create unique index survey_person_year_ux on survey (person_id, survey_year) where person_id is not null;
create unique index survey_team_year_ux on survey (village_node_id, survey_year) where person_id is null;
create index survey_village_ix on survey (village_node_id, survey_year);

-- the rater groups of a survey (Annex 1: 乡镇干部、村干部、党员、村民代表; Annex 2: 村干部、党员、
-- 村民代表; Annex 3: 村民代表)
create table survey_rater_group (
    survey_id   bigint      not null references survey (id),
    rater_group varchar(30) not null check (rater_group in ('TOWNSHIP_CADRES', 'VILLAGE_CADRES', 'PARTY_MEMBERS',
                                                            'VILLAGER_REPRESENTATIVES')),
    primary key (survey_id, rater_group)
);

-- one-time codes (测评码) printed on slips: looked up by a keyed digest, kept encrypted so that
-- unused slips can be printed again; used once (used_at set by a conditional update)
create table survey_code (
    id             bigint       primary key,
    survey_id      bigint       not null references survey (id),
    rater_group    varchar(30)  not null,
    code_digest    varchar(128) not null,
    code_encrypted varchar(200) not null,
    created_by     varchar(64)  not null,
    created_at     timestamptz  not null,
    used_at        timestamptz
);
create unique index survey_code_digest_ux on survey_code (code_digest);
create index survey_code_survey_ix on survey_code (survey_id);

-- an online vote: anonymous, it names neither the code nor the time it was cast
create table survey_vote (
    id          bigint      primary key,
    survey_id   bigint      not null references survey (id),
    rater_group varchar(30) not null,
    answer      varchar(20) not null check (answer in ('SATISFIED', 'FAIRLY_SATISFIED', 'DISSATISFIED'))
);
create index survey_vote_survey_ix on survey_vote (survey_id);

-- BUR-3: the count of a rater group's paper ballots (纸质计票), entered by the township; a
-- correction replaces it (the audit log keeps the earlier counts)
create table survey_tally (
    id               bigint      primary key,
    version          bigint      not null default 0,
    survey_id        bigint      not null references survey (id),
    rater_group      varchar(30) not null,
    satisfied        integer     not null check (satisfied >= 0),
    fairly_satisfied integer     not null check (fairly_satisfied >= 0),
    dissatisfied     integer     not null check (dissatisfied >= 0),
    entered_by       varchar(64) not null,
    entered_at       timestamptz not null,
    constraint survey_tally_group_uk unique (survey_id, rater_group)
);
