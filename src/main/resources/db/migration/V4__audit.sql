-- SEC-6: the audit log. Append-only: the application has no update or delete path, and these
-- triggers refuse UPDATE, DELETE and TRUNCATE at the database. Each entry carries the SHA-256
-- hash of its content chained to the previous entry's hash, so that an altered, removed or
-- inserted row breaks the chain.
create sequence audit_entry_seq start with 1 increment by 1;

create table audit_entry (
    id                bigint       primary key,
    occurred_at       timestamptz  not null,
    actor_account_id  bigint,
    actor             varchar(100) not null,
    client_address    varchar(64),
    action            varchar(40)  not null,
    entity_type       varchar(100),
    entity_id         varchar(100),
    summary           varchar(500),
    changes           text,
    prev_hash         varchar(64)  not null,
    hash              varchar(64)  not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

-- The head of the chain; appending locks this row, so entries are chained one after another.
create table audit_chain_head (
    id        integer     primary key check (id = 1),
    last_id   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
