-- CON-1, PER-1: what the public village page shows of a dispatched person, and nothing more.

-- PER-1: the person's photo, re-encoded by the server (JPEG, metadata stripped, scaled down).
create table person_photo (
    person_id   bigint       primary key references person (id),
    version     bigint       not null default 0,
    content     bytea        not null,
    media_type  varchar(20)  not null,
    width       integer      not null,
    height      integer      not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

-- CON-1: which phone number the person agrees to publish (公开联系方式): their own mobile, an
-- office number they give, or none (the default: nothing is published).
create table person_public_contact (
    person_id     bigint       primary key references person (id),
    version       bigint       not null default 0,
    kind          varchar(8)   not null check (kind in ('MOBILE', 'OFFICE', 'NONE')),
    office_phone  varchar(20),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint person_public_contact_office_ck check (kind <> 'OFFICE' or office_phone is not null)
);

-- CON-1 (Art. 14): public commitments (承诺) of a person for one posting, under the four headings
-- of the policy. Written as a draft, submitted, then approved or returned by the township party
-- committee; only the approved version is public, and an approved one stays public until its
-- successor is approved (then it is superseded).
create sequence commitment_seq start with 1 increment by 1;

create table commitment (
    id               bigint        primary key,
    version          bigint        not null default 0,
    person_id        bigint        not null references person (id),
    assignment_id    bigint        not null references assignment (id),
    village_node_id  bigint        not null references org_node (id),
    status           varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
    duties           varchar(1000) not null,
    goals            varchar(1000) not null,
    service          varchar(1000) not null,
    discipline       varchar(1000) not null,
    return_reason    varchar(500),
    submitted_at     timestamptz,
    decided_at       timestamptz,
    decided_by       varchar(50),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index commitment_assignment_idx on commitment (assignment_id);
create index commitment_village_status_idx on commitment (village_node_id, status);
-- one approved and one version in the works per posting at most
create unique index commitment_approved_uk on commitment (assignment_id) where status = 'APPROVED';
create unique index commitment_open_uk on commitment (assignment_id) where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
