-- PER-4: a request to replace a posted person, opened by a rule (ATT-6: unexcused absence over the
-- yearly limit; USE-3: an annual grade of 基本称职 or 不称职) for the county organisation department and
-- the dispatching unit to act on. Withdrawing the person closes it; it is never deleted.
create sequence replacement_request_seq start with 1 increment by 1;

create table replacement_request (
    id            bigint       primary key,
    person_id     bigint       not null references person (id),
    assignment_id bigint       not null references assignment (id),
    village_node_id bigint     not null,
    unit_id       bigint       not null,
    trigger_kind  varchar(16)  not null check (trigger_kind in ('ATTENDANCE', 'ASSESSMENT')),
    reason        varchar(300) not null,
    opened_at     timestamptz  not null,
    closed_at     timestamptz
);
-- one open request per posting and trigger
create unique index replacement_request_open_uk on replacement_request (assignment_id, trigger_kind) where closed_at is null;
create index replacement_request_village_idx on replacement_request (village_node_id) where closed_at is null;
create index replacement_request_unit_idx on replacement_request (unit_id) where closed_at is null;
