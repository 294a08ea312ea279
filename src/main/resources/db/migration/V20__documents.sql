-- Issue 6: attachments (附件) of the work records. The bytes live in the database: outside the web
-- root, inside the backups, and served only by the owning module after its own permission and
-- data-scope checks. The type is sniffed from the content at upload (never the client's claim).
create sequence document_seq start with 1 increment by 1;

create table document (
    id            bigint        primary key,
    content       bytea         not null,
    content_type  varchar(100)  not null,
    file_name     varchar(200)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)     not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null
);
