-- PER-4: withdrawing (退换/撤换) a person ends their posting with a reason; a successor may be
-- posted at once or later. Until then the withdrawal is an open replacement on the workbench.
alter table assignment add column replacement_needed boolean not null default false;
alter table assignment add column successor_assignment_id bigint references assignment (id);
alter table assignment add constraint assignment_reason_ck check (ended_on is null or end_reason is not null);
