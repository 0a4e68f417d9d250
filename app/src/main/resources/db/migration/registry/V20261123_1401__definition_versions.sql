-- Administrators edit cluster definitions (issue: definitions): a version for optimistic locking, so that
-- two administrators cannot overwrite each other's change unknowingly, and the time of the last change.
-- Who changed what is in the audit trail (identity.audit_entry, entity type 'cluster_definition').
alter table registry.cluster_definition
    add column version integer not null default 0,
    add column updated_at timestamptz;
