-- ORG-1/2: the administrative tree. A node is never deleted, only deactivated.
create sequence org_node_seq start with 1 increment by 1;

create table org_node (
    id                      bigint       primary key,
    version                 bigint       not null default 0,
    code                    varchar(20)  not null,
    name                    varchar(50)  not null,
    level                   varchar(16)  not null,
    parent_id               bigint       references org_node (id),
    path                    varchar(200) not null,
    active                  boolean      not null default true,
    poor_village            boolean      not null default false,
    weak_party_organisation boolean      not null default false,
    latitude                numeric(9, 6),
    longitude               numeric(9, 6),
    geofence_radius_m       integer,
    resident_population     integer,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    constraint org_node_code_uk unique (code),
    constraint org_node_path_uk unique (path),
    constraint org_node_sibling_name_uk unique (parent_id, name),
    constraint org_node_level_ck check (level in ('REGION', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    constraint org_node_root_ck check ((level = 'REGION') = (parent_id is null)),
    constraint org_node_path_ck check (path ~ '^(/[0-9]+)+/$'),
    constraint org_node_village_only_ck check (level = 'VILLAGE' or (not poor_village and not weak_party_organisation
        and latitude is null and longitude is null and geofence_radius_m is null and resident_population is null)),
    constraint org_node_latitude_ck check (latitude between -90 and 90),
    constraint org_node_longitude_ck check (longitude between -180 and 180),
    constraint org_node_radius_ck check (geofence_radius_m > 0),
    constraint org_node_population_ck check (resident_population >= 0)
);
create index org_node_parent_idx on org_node (parent_id);
create index org_node_path_prefix_idx on org_node (path text_pattern_ops);

-- ORG-3: dispatching units, each belonging to the region, a city or a county of the tree.
create sequence dispatching_unit_seq start with 1 increment by 1;

create table dispatching_unit (
    id            bigint       primary key,
    version       bigint       not null default 0,
    code          varchar(20)  not null,
    name          varchar(100) not null,
    level         varchar(16)  not null,
    type          varchar(32)  not null,
    owner_node_id bigint       not null references org_node (id),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint dispatching_unit_code_uk unique (code),
    constraint dispatching_unit_name_uk unique (owner_node_id, name),
    constraint dispatching_unit_level_ck check (level in ('REGION', 'CITY', 'COUNTY')),
    constraint dispatching_unit_type_ck check (type in ('PARTY_MASS_ORGANISATION', 'PUBLIC_INSTITUTION',
        'GOVERNMENT_DEPARTMENT', 'ENTERPRISE', 'RESEARCH_OR_EDUCATION', 'CENTRAL_AGENCY'))
);
create index dispatching_unit_owner_idx on dispatching_unit (owner_node_id);

-- ORG-4: offices acting in the workflows, each on a tree node or on a dispatching unit.
create sequence office_seq start with 1 increment by 1;

create table office (
    id         bigint       primary key,
    version    bigint       not null default 0,
    code       varchar(30)  not null,
    name       varchar(100) not null,
    kind       varchar(32)  not null,
    node_id    bigint       references org_node (id),
    unit_id    bigint       references dispatching_unit (id),
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint office_code_uk unique (code),
    constraint office_kind_ck check (kind in ('ORGANISATION_DEPARTMENT', 'RURAL_WORK_OFFICE',
        'POVERTY_ALLEVIATION_OFFICE', 'TOWNSHIP_PARTY_COMMITTEE', 'VILLAGE_PARTY_BRANCH', 'DISPATCHING_UNIT')),
    constraint office_binding_ck check ((kind = 'DISPATCHING_UNIT' and unit_id is not null and node_id is null)
        or (kind <> 'DISPATCHING_UNIT' and node_id is not null and unit_id is null))
);
create index office_node_idx on office (node_id);
create index office_unit_idx on office (unit_id);
