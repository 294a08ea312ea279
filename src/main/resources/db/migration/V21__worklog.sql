-- LOG-1/2 (Art. 13): the work log of the dispatched cadre — dated entries of work (工作), study
-- (学习) and the people's-conditions diary (民情日记) — and the township's quarterly review of it,
-- which it may publish as a notice (通报). The posting's places and unit are copied onto each row
-- when it is written, so that the data scope (ORG-5) narrows reads without a join into personnel.
create sequence worklog_entry_seq start with 1 increment by 1;

create table worklog_entry (
    id                 bigint         primary key,
    version            bigint         not null default 0,
    person_id          bigint         not null references person (id),
    person_name        varchar(50)    not null,
    village_node_id    bigint         not null references org_node (id),
    village_name       varchar(100)   not null,
    township_node_id   bigint         not null references org_node (id),
    county_node_id     bigint         not null references org_node (id),
    unit_id            bigint         not null references dispatching_unit (id),
    kind               varchar(10)    not null check (kind in ('WORK', 'STUDY', 'DIARY')),
    entry_date         date           not null,
    text               varchar(4000)  not null,
    -- 更正: a later change of a locked entry is a new entry naming the one it corrects (at most one each)
    corrects_id        bigint         unique references worklog_entry (id),
    author_account_id  bigint,        -- null for entries loaded as demo data
    author_name        varchar(100)   not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null
);

create index worklog_entry_person_idx on worklog_entry (person_id, entry_date desc, id desc);
create index worklog_entry_village_idx on worklog_entry (village_node_id);
create index worklog_entry_unit_idx on worklog_entry (unit_id);

-- 附件: the entry's attachments, stored by the document module (V20)
create table worklog_entry_attachment (
    entry_id     bigint   not null references worklog_entry (id),
    position     integer  not null,
    document_id  bigint   not null references document (id),
    primary key (entry_id, position)
);

create sequence worklog_review_seq start with 1 increment by 1;

-- LOG-2: the township's review of a person's log for one quarter, and whether it is published (通报)
create table worklog_review (
    id                bigint         primary key,
    version           bigint         not null default 0,
    person_id         bigint         not null references person (id),
    person_name       varchar(50)    not null,
    village_node_id   bigint         not null references org_node (id),
    township_node_id  bigint         not null references org_node (id),
    unit_id           bigint         not null references dispatching_unit (id),
    review_year       integer        not null,
    review_quarter    integer        not null check (review_quarter between 1 and 4),
    findings          varchar(4000)  not null,
    reviewed_by       varchar(100)   not null,
    reviewed_at       timestamptz    not null,
    published         boolean        not null default false,
    published_by      varchar(100),
    published_at      timestamptz,
    constraint worklog_review_once unique (person_id, review_year, review_quarter)
);

create index worklog_review_village_idx on worklog_review (village_node_id);
