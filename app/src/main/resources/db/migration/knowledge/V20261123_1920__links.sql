-- Links to international sites and events, and reading lists, curated by editors (seed 001 slide 24).
create table knowledge.link (
    id          bigserial primary key,
    kind        text not null check (kind in ('INTERNATIONAL_SITE', 'INTERNATIONAL_EVENT', 'READING')),
    title       text not null check (length(title) between 1 and 300),
    url         text not null check (url ~ '^https?://'),
    description text not null default '',
    list_name   text,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
comment on column knowledge.link.list_name is 'The reading list a READING link belongs to, e.g. "Starting a cluster programme"';
