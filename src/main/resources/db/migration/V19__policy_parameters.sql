-- POL-1: a policy number set by an organisation department for its region, city or county, in force
-- from a year on (until a later setting of the same place). Settings for a year already begun are
-- kept as they were: a past year is always evaluated with the numbers then in force.
create sequence policy_setting_seq start with 1 increment by 1;

create table policy_setting (
    id          bigint       primary key,
    version     bigint       not null default 0,
    node_id     bigint       not null,
    policy_key  varchar(64)  not null,
    from_year   integer      not null,
    value       integer      not null,
    reason      varchar(200) not null,
    set_by      varchar(64)  not null,
    set_at      timestamptz  not null,
    constraint policy_setting_uk unique (node_id, policy_key, from_year)
);
