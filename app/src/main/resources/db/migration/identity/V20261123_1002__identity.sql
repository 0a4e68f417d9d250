-- Users, their scoped roles, API tokens for programs, the one-time administrator setup token,
-- and the audit trail of every change.
create schema if not exists identity;

create table identity.user_account (
    id bigserial primary key,
    username text not null,
    display_name text not null,
    password_hash text,
    enabled boolean not null default true,
    demo boolean not null default false,
    preferred_language text not null default 'en' check (preferred_language in ('en', 'hi')),
    created_at timestamptz not null default now(),
    version integer not null default 0
);
create unique index user_account_username_ux on identity.user_account (lower(username));

create table identity.role_grant (
    user_id bigint not null references identity.user_account (id) on delete cascade,
    role text not null check (role in ('ADMINISTRATOR', 'MINISTRY', 'SCHEME_ADMINISTRATOR', 'STATE_CELL',
        'IMPLEMENTING_AGENCY', 'RESOURCE_ORGANISATION', 'CDA', 'STAKEHOLDER')),
    scope_type text not null check (scope_type in ('NATION', 'STATE', 'AGENCY', 'CLUSTER')),
    scope_ref text not null default '',
    primary key (user_id, role, scope_type, scope_ref),
    check ((scope_type = 'NATION') = (scope_ref = ''))
);

create table identity.api_token (
    id bigserial primary key,
    user_id bigint not null references identity.user_account (id) on delete cascade,
    name text not null,
    token_hash char(64) not null unique,
    prefix text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz,
    last_used_at timestamptz,
    revoked_at timestamptz
);
create index api_token_user_ix on identity.api_token (user_id);

create table identity.setup_token (
    token_hash char(64) primary key,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
);

create table identity.audit_entry (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor text not null,
    action text not null,
    entity_type text not null,
    entity_id text not null,
    before_value jsonb,
    after_value jsonb
);
create index audit_entry_at_ix on identity.audit_entry (at desc);
create index audit_entry_entity_ix on identity.audit_entry (entity_type, entity_id);
