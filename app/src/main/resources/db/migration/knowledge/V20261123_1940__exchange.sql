-- Subcontract exchange and tenders (seed 004 §4.5 item 19): offers of capacity, requests for parts or services and
-- bulk tender requirements, matched by NIC code, place and capacity; each expires on a day its poster sets, and is
-- reached through messages, never through a published address.
create table knowledge.exchange_post (
    id           bigserial primary key,
    kind         text not null check (kind in ('CAPACITY_OFFER', 'PART_REQUEST', 'TENDER')),
    title        text not null check (length(title) between 1 and 300),
    description  text not null,
    nic_code     text not null check (nic_code ~ '^[0-9]{2,5}$'),
    product      text not null,
    state_code   integer not null,
    quantity     bigint not null check (quantity > 0),
    unit         text not null,
    expires_on   date not null,
    posted_by    text not null,
    posted_at    timestamptz not null default now(),
    withdrawn    boolean not null default false
);
create index exchange_post_open on knowledge.exchange_post (expires_on) where not withdrawn;

create table knowledge.exchange_message (
    id        bigserial primary key,
    post_id   bigint not null references knowledge.exchange_post on delete cascade,
    sent_by   text not null,
    body      text not null check (length(body) between 1 and 2000),
    sent_at   timestamptz not null default now()
);
