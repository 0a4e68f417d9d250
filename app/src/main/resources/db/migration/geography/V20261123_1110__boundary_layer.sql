-- State boundaries uploaded by an administrator (e.g. Survey of India / LGD outlines) replace the shipped
-- approximate layer; the newest active upload is served.
create table geography.boundary_layer (
    id bigserial primary key,
    name text not null,
    geojson text not null,
    features integer not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    active boolean not null default true
);
