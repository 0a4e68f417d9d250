-- Directories (seed 004 §4.5 items 19 and 21): BDS providers, suppliers, institutions and standards, registered by
-- anyone signed in and listed once an editor approved them; ratings by users who used the service for an
-- activity; messages to a listing through the system, so no e-mail address is ever published.
create table knowledge.listing (
    id              bigserial primary key,
    kind            text not null check (kind in ('BDS_PROVIDER', 'SUPPLIER', 'INSTITUTION', 'STANDARD')),
    name            text not null check (length(name) between 1 and 300),
    description     text not null,
    services        text[] not null default '{}',
    sectors         text,
    states_served   integer[] not null default '{}',
    accreditation   text,
    status          text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    registered_by   text not null,
    registered_at   timestamptz not null default now(),
    reviewed_by     text,
    reviewed_at     timestamptz,
    review_note     text,
    version         integer not null default 0
);
create index listing_status on knowledge.listing (status, kind);

create table knowledge.listing_rating (
    listing_id   bigint not null references knowledge.listing on delete cascade,
    rated_by     text not null,
    stars        integer not null check (stars between 1 and 5),
    activity     text not null check (length(activity) between 1 and 300),
    cluster_id   bigint,
    comment      text not null default '',
    rated_at     timestamptz not null default now(),
    primary key (listing_id, rated_by)
);
comment on table knowledge.listing_rating is 'One rating per user and listing (a new one replaces the old), naming the activity the service was used for';

create table knowledge.listing_message (
    id          bigserial primary key,
    listing_id  bigint not null references knowledge.listing on delete cascade,
    sent_by     text not null,
    body        text not null check (length(body) between 1 and 2000),
    sent_at     timestamptz not null default now()
);
comment on table knowledge.listing_message is 'A message to a listing, read by its registrant on the listing page; addresses are never published';

alter table knowledge.entry drop constraint entry_source_check;
alter table knowledge.entry add constraint entry_source_check
    check (source in ('DOCUMENT', 'NEWS', 'EVENT', 'PRACTICE', 'LISTING'));
