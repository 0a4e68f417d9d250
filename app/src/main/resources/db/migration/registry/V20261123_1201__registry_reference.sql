-- Registry reference data: cluster typology, institutional cluster definitions, maturity cut-offs
-- and the published region x typology counts.
--
-- Every value is taken from the user's source documents in shared/seeds/:
--   004 = "Policy and Status Paper on Cluster Development in India" (Foundation for MSME Clusters, Nov 2007)
--   001 = "A presentation on cluster development" (Ministry of SSI, 2003)
--   003 = UNIDO Cluster Development Programme India, "Strategy and Tools"
-- Every row carries `source` (e.g. '004 Table 1.4') so that users can trace it. Where a document gives a
-- range or a text, the number stored is stated in the row's note/source_text together with the original
-- wording. Values that the documents do not give are marked 'default, configurable'.
-- Money is stored in whole rupees (1 lakh = 100,000; 1 crore = 10,000,000).

CREATE SCHEMA IF NOT EXISTS registry;

-- ---------------------------------------------------------------------------------------------------
-- Typology (004 §1.4.1, Table 1.6, Table 1.7; services and agro/food clusters: 004 §4.5 item 2)
-- ---------------------------------------------------------------------------------------------------
create table registry.typology(
    code                 text primary key,
    parent_code          text references registry.typology,
    name                 text not null,
    description          text,
    estimated_clusters   integer,
    focus                text,
    source               text not null,
    -- Further columns of 004 Table 1.6, filled only where the table gives them:
    cluster_share_pct    numeric,
    employment_share_pct numeric,
    wage_level           text,
    growth_outlook       text
);
comment on table registry.typology is
    'Policy typology of clusters: high-tech, traditional manufacturing, micro enterprise (handloom, handicraft, other micro), plus services and agro/food clusters that 004 says are not yet mapped (004 §1.4.1, Table 1.6, §4.5 item 2)';
comment on column registry.typology.estimated_clusters is
    'Estimated number of clusters in India as the source gives it; null where no estimate exists';
comment on column registry.typology.cluster_share_pct is '004 Table 1.6 "Number of Clusters" percentage';
comment on column registry.typology.employment_share_pct is '004 Table 1.6 "Estimated Share of Employment"';
comment on column registry.typology.wage_level is '004 Table 1.6 "Average Wage levels"';
comment on column registry.typology.growth_outlook is '004 Table 1.6 "Likely growth rate (2002-07)", as given';

insert into registry.typology(code, parent_code, name, description, estimated_clusters, focus, source,
                              cluster_share_pct, employment_share_pct, wage_level, growth_outlook) values
('HIGH_TECH', null, 'High-tech clusters',
 'Knowledge-intensive clusters such as IT and IT-enabled services, computers, bio-technology and related services, precision instrumentation, avionics (004 §1.4.1); Table 1.6 examples: information technology, pharmaceuticals, bio-technology, computers, tourism, education. Very few at present, mostly policy promoted and on the rise; not documented so far (004 §4.2.2). Policy objective: help build clusters in high-tech areas through diversification and support for emerging clusters in new areas of knowledge and innovation (004 §4.2.3).',
 20, 'Innovation', '004 Table 1.6; 004 §1.4.1; 004 Exec summary 2',
 0.3, 6, 'High', 'Positive (20-30%)'),
('TRADITIONAL_MANUFACTURING', null, 'Traditional manufacturing clusters',
 'Non high-tech and non-micro clusters, e.g. leather and leather products, automotive components, ceramics (004 Table 1.6). The Executive Summary says "around 400 plus"; Table 1.6 and Table 1.7 give 388. Typical path of market-production position: LN -> NN -> NI -> II (004 §1.4). Policy objective: sustain growth for furthering socio-economic development (004 §4.2.3).',
 388, 'Competitiveness and consequent employment responsibility', '004 Table 1.6; 004 Table 1.7; 004 Exec summary 2',
 6.1, 14, 'Medium', 'Positive (10-15%)'),
('MICRO', null, 'Micro enterprise (poverty-intensive) clusters',
 'Low-tech, poverty-intensive micro enterprise clusters: handloom, handicraft, coir, village industries (004 Table 1.6). "Close to 6000" of the around 6600 goods-based clusters (004 §1.4.1). Typical path: LL -> LN -> NN -> NI (004 §1.4). Policy objective: ensure dignified survival for the unemployed or under-employed and protect them from further decline as long as it is viable (004 §4.2.3).',
 6000, 'Employment and poverty alleviation', '004 Table 1.6; 004 §1.4.1; 004 Exec summary 2',
 93.6, 80, 'Low', 'Negative or marginally positive'),
('HANDLOOM', 'MICRO', 'Handloom clusters',
 'Artisanal handloom weaving clusters; well defined and validated at the primary level (004 Table 1.7 note 9). Table 1.7 total: 594.',
 594, 'Employment and poverty alleviation', '004 Table 1.7; 004 §1.4.1',
 null, null, null, null),
('HANDICRAFT', 'MICRO', 'Handicraft clusters',
 'Artisanal handicraft clusters; well defined and validated at the primary level (004 Table 1.7 note 9). Table 1.7 total: 2780 (004 footnote 25 speaks of "3000 handicraft clusters").',
 2780, 'Employment and poverty alleviation', '004 Table 1.7; 004 §1.4.1',
 null, null, null, null),
('OTHER_MICRO', 'MICRO', 'Other micro enterprise clusters',
 'Micro enterprise clusters other than handloom and handicraft, e.g. coir and village industries (004 Table 1.6). The figure is based on secondary data with a wider product category and needs to be further worked upon (004 Table 1.7 note 9). Table 1.7 total: 2896. Note: the three micro sub-totals of Table 1.7 add up to 6270, against "6000" in Table 1.6.',
 2896, 'Employment and poverty alleviation', '004 Table 1.7; 004 §1.4.1',
 null, null, null, null),
('SERVICES', null, 'Services clusters',
 'Services and knowledge-intensive clusters such as ITES, tourism, health, information technology, research and education. There is no database of services clusters; they should be mapped to direct attention to these fast-growing sectors (004 §1.4.1, §3.2, §4.5 item 2).',
 null, null, '004 §1.4.1; 004 §3.2; 004 §4.5 item 2; 004 Exec summary 5',
 null, null, null, null),
('AGRO_FOOD', null, 'Agro and food processing clusters',
 'Clusters around specific agriculture and horticulture products, to be mapped in order to encourage food processing industries and procurement; data on them is scanty (004 Exec summary 5, §4.5 item 2).',
 null, null, '004 Exec summary 5; 004 §4.5 item 2',
 null, null, null, null);

-- ---------------------------------------------------------------------------------------------------
-- Cluster definitions by institution (004 §1.3.2, Table 1.4; discussants 004 §3.2).
-- 004 §4.5 item 1: avoid a single definition; institutions and states may draw up their own, so every
-- rule is data and editable, none is hard-coded.
-- ---------------------------------------------------------------------------------------------------
create table registry.cluster_definition(
    code                 text primary key,
    institution          text not null,
    name                 text not null,
    applies_to           text references registry.typology, -- typology code, or null = any typology
    unit                 text not null check (unit in ('FIRMS','SME_UNITS','ARTISANS','LOOMS','FAMILIES',
                                                       'BENEFICIARIES','SHG_MEMBERS','POPULATION_SHARE')),
    minimum              numeric not null,
    maximum              numeric,
    radius_km            numeric,
    travel_hours         numeric,
    area_text            text, -- e.g. 'one or two revenue sub-divisions', 'a town and its surroundings'
    population_condition text,
    editable             boolean not null default true,
    source               text not null,
    source_text          text not null,
    check (maximum is null or maximum >= minimum),
    check (radius_km is null or radius_km > 0),
    check (travel_hours is null or travel_hours > 0)
);
comment on table registry.cluster_definition is
    'Configurable cluster definitions of Indian institutions (004 Table 1.4, §1.3.2, §3.2): unit of count, minimum/maximum, spatial limit, population condition';
comment on column registry.cluster_definition.unit is
    'What is counted. For POPULATION_SHARE, minimum is a percentage (0-100) of the local population';
comment on column registry.cluster_definition.minimum is
    'Minimum count in the unit. 0 means the source states no minimum count (the rule is spatial only)';
comment on column registry.cluster_definition.radius_km is
    'Maximum radius in km. Where a range is given (e.g. 3-5 km) the upper bound is stored and the range kept in area_text/source_text';
comment on column registry.cluster_definition.travel_hours is
    'Maximum travel time by local transport. When both radius_km and travel_hours are set they are alternatives: either limit satisfies the rule';
comment on column registry.cluster_definition.source_text is 'The definition as the source document words it';

insert into registry.cluster_definition(code, institution, name, applies_to, unit, minimum, maximum,
                                        radius_km, travel_hours, area_text, population_condition, editable,
                                        source, source_text) values
('IHCDP_HANDLOOM',
 'Integrated Handloom Cluster Development Programme (IHCDP), Ministry of Textiles',
 'IHCDP handloom cluster', 'HANDLOOM', 'LOOMS', 500, null, null, null, null, null, true,
 '004 Table 1.4 (note 5)',
 'A handloom cluster has been defined as one having a minimum of 500 looms. [Note 5: This is a revised definition (being considered) from the previous minimum of 5000 looms.]'),
('NMDFC_MINORITY_HANDLOOM',
 'National Minority Development Finance Corporation (NMDFC)',
 'NMDFC minority handloom cluster', 'HANDLOOM', 'POPULATION_SHARE', 75, null, null, null, null,
 'More than 75% of the population are "minorities" (strictly more than 75%)', true,
 '004 Table 1.4',
 'Handloom cluster, which has more than 75% of the population as "minorities"'),
('SFURTI_VILLAGE_INDUSTRY',
 'Scheme of Fund for Regeneration of Traditional Industries (SFURTI), Ministry of MSME',
 'SFURTI micro village industry cluster', 'MICRO', 'FAMILIES', 500, null, null, null,
 'within one or two revenue sub-divisions in a district (or in contiguous districts)',
 'Beneficiary families of artisans/micro enterprises, suppliers of raw materials, traders, service providers etc.', true,
 '004 Table 1.4',
 'A micro village industry cluster having 500 beneficiary families of artisans/micro enterprises, suppliers of raw materials, traders, service providers etc., located within one or two revenue sub-divisions in a district (or in contiguous districts).'),
('DC_HANDICRAFTS',
 'Development Commissioner (Handicrafts), Ministry of Textiles',
 'DC (Handicrafts) handicraft cluster', 'HANDICRAFT', 'ARTISANS', 100, null, null, null, null, null, true,
 '004 Table 1.4',
 'Agglomerations having 100 artisans. In case of North East Region, Jammu & Kashmir and other hilly terrains, the clusters will have a minimum of 50 artisans.'),
('NABARD_SHG',
 'NABARD, Cluster Development Programme',
 'NABARD SHG-mode cluster', 'MICRO', 'SHG_MEMBERS', 50, 200, null, null, null,
 'Micro enterprises and household units functioning on SHG mode', true,
 '004 Table 1.4',
 'Micro enterprises and household units functioning on SHG mode and having a minimum of 50 beneficiaries upto a maximum of 200. In intensive clusters, the number of beneficiaries may go up to 500-700 and can even extend over a block or taluka.'),
('NABARD_SHG_INTENSIVE',
 'NABARD, Cluster Development Programme',
 'NABARD intensive SHG-mode cluster', 'MICRO', 'SHG_MEMBERS', 50, 700, null, null,
 'can even extend over a block or taluka',
 'Micro enterprises and household units functioning on SHG mode', true,
 '004 Table 1.4',
 'In intensive clusters, the number of beneficiaries may go up to 500-700 and can even extend over a block or taluka. [Stored: maximum 700, the upper end of "500-700"; the minimum of 50 of the ordinary NABARD rule kept.]'),
('GUJARAT_INDUSTRIAL',
 'Government of Gujarat',
 'Gujarat industrial cluster', null, 'FIRMS', 50, null, 10, null,
 'within a radius of 10 km in a particular location',
 null, true,
 '004 Table 1.4',
 'A minimum of 50 industrial units, indulging in the manufacture of the same or related products and located within a radius of 10 km in a particular location.'),
('ODISHA_HANDICRAFT',
 'Government of Orissa (now Odisha), handicraft cluster',
 'Odisha handicraft cluster', 'HANDICRAFT', 'ARTISANS', 100, null, 5, null,
 'within a radius of 3-5 km',
 'Traditional artisans practising the same craft', true,
 '004 Table 1.4',
 'At least 100 traditional artisans practicing the same craft for non-KBK districts and at least 50 traditional artisans in KBK districts and situated within a radius of 3-5 kms. [Stored: radius 5 km, the upper end of "3-5 kms".]'),
('UNIDO_CDP_INDUSTRIAL',
 'UNIDO Cluster Development Programme, India (UNIDO-CDP)',
 'UNIDO-CDP industrial (traditional manufacturing) cluster', 'TRADITIONAL_MANUFACTURING', 'SME_UNITS', 100, null, null, null,
 'a town/city or few villages and their surrounding areas',
 null, true,
 '004 Table 1.4',
 'At least 100 SME units or 50 handicraft units in a town/ city or few villages and their surrounding areas for an industrial (traditional manufacturing) or an artisanal cluster respectively. Further a minimum of 500 handlooms for a handloom cluster.'),
('UNIDO_CDP_ARTISANAL',
 'UNIDO Cluster Development Programme, India (UNIDO-CDP)',
 'UNIDO-CDP artisanal cluster', 'HANDICRAFT', 'FIRMS', 50, null, null, null,
 'a town/city or few villages and their surrounding areas',
 null, true,
 '004 Table 1.4',
 'At least 100 SME units or 50 handicraft units in a town/ city or few villages and their surrounding areas for an industrial (traditional manufacturing) or an artisanal cluster respectively. Further a minimum of 500 handlooms for a handloom cluster.'),
('UNIDO_CDP_HANDLOOM',
 'UNIDO Cluster Development Programme, India (UNIDO-CDP)',
 'UNIDO-CDP handloom cluster', 'HANDLOOM', 'LOOMS', 500, null, null, null,
 'a town/city or few villages and their surrounding areas',
 null, true,
 '004 Table 1.4',
 'At least 100 SME units or 50 handicraft units in a town/ city or few villages and their surrounding areas for an industrial (traditional manufacturing) or an artisanal cluster respectively. Further a minimum of 500 handlooms for a handloom cluster.'),
('DC_MSME_TRAVEL_TIME',
 'Development Commissioner (MSME), Ministry of MSME (statement at the workshop of 10 July 2007)',
 'Compact area traversable in 1.5-2 hours', null, 'FIRMS', 0, null, null, 2,
 'a compact geographical area that can be traversed in 1.5 to 2 hours by local means of transportation',
 null, true,
 '004 §1.3.2 (note 6)',
 'Given the necessity for regular interaction for active cooperation among the cluster stakeholders, a cluster may be defined as a compact geographical area that can be traversed in 1.5 to 2 hours by local means of transportation and preferably specialized in single or analogous products. [Stored: no minimum count (0); travel time 2 hours, the upper end of "1.5 to 2 hours".]'),
('DISCUSSANTS_2007',
 'Stakeholder discussants of the 2007 policy and status paper (policy makers, practitioners, cluster stakeholders)',
 'Discussants'' rule: 100 units within 25 km', null, 'FIRMS', 100, null, 25, 2,
 'within a maximum radius of 25 km, or a distance covered within two hours by local transportation',
 null, true,
 '004 §3.2',
 'Discussants felt that a cluster should have a minimum of 100 units. For north-east and hilly areas such number can be smaller. However, contiguity is important for promoting joint action. While some suggested that a cluster should be within a maximum radius of 25 kms, others felt that it should be a distance which can be covered within two hours of time by local transportation by a stakeholder. [No relaxed figure is given for the north-east and hilly areas, so no relaxation rows are stored for this rule.]');

create table registry.definition_relaxation(
    definition_code text references registry.cluster_definition,
    region          text not null check (region in ('NORTH_EAST','HILLY','JAMMU_KASHMIR','KBK')),
    minimum         numeric not null,
    source          text not null default '004 Table 1.4',
    primary key (definition_code, region)
);
comment on table registry.definition_relaxation is
    'Lower minimum of a cluster definition in the North-East, hilly areas, Jammu & Kashmir or the KBK (Kalahandi-Bolangir-Koraput) districts of Odisha (004 Table 1.4)';

insert into registry.definition_relaxation(definition_code, region, minimum, source) values
('DC_HANDICRAFTS',    'NORTH_EAST',    50, '004 Table 1.4'),
('DC_HANDICRAFTS',    'JAMMU_KASHMIR', 50, '004 Table 1.4'),
('DC_HANDICRAFTS',    'HILLY',         50, '004 Table 1.4'),
('ODISHA_HANDICRAFT', 'KBK',           50, '004 Table 1.4');

-- ---------------------------------------------------------------------------------------------------
-- Maturity cut-offs (004 Table 1.5 "Common Parameters for Classifying Clusters").
-- Table 1.5 names the parameters (enterprises: number; turnover: value; export: value; employment size:
-- number) and the two columns "Mature Clusters (Higher cut-off)" and "Potential Clusters (Lower cut-off)",
-- but leaves every cut-off blank. The numbers below are therefore DEFAULTS, configurable, each explained
-- in its note. Table 1.5 also lists sub-sector/product/service, geographical area (sq km of the
-- identifiable meso-level locality) and name of place as classifying attributes without cut-offs; those
-- are attributes of a cluster, not rows here.
-- ---------------------------------------------------------------------------------------------------
create table registry.maturity_cutoff(
    parameter     text primary key, -- TURNOVER, EXPORTS, EMPLOYMENT, ENTERPRISES ...
    mature_min    numeric,
    potential_min numeric,
    unit          text,
    source        text not null,
    note          text,
    check (mature_min is null or potential_min is null or mature_min >= potential_min)
);
comment on table registry.maturity_cutoff is
    'Higher (mature) and lower (potential) cut-offs per classifying parameter. 004 Table 1.5 gives the parameters but no numbers: all values are defaults, configurable';

insert into registry.maturity_cutoff(parameter, mature_min, potential_min, unit, source, note) values
('ENTERPRISES', 100, 50, 'NUMBER',
 '004 Table 1.5 (parameter and unit "Number"); values: default',
 'default, configurable. Table 1.5 gives no cut-off. Higher cut-off 100 follows the UNIDO-CDP industrial minimum and the discussants'' 100 units (004 Table 1.4, §3.2); lower cut-off 50 follows the Government of Gujarat and UNIDO-CDP artisanal minimum of 50 units (004 Table 1.4).'),
('TURNOVER', 1000000000, 100000000, 'RUPEES',
 '004 Table 1.5 (parameter and unit "Value"); values: default',
 'default, configurable. Table 1.5 gives no cut-off. Lower cut-off Rs 10 crore (Rs 100 million), the turnover threshold of an industrial cluster in the Cluster Observatory India typology; higher cut-off Rs 100 crore. For scale: Rourkela engineering Rs 75 crore (004 §2.8 CS6), Bangalore machine tools Rs 300 crore in 2004 (004 Box 4.5). Annual turnover of the cluster.'),
('EXPORTS', 100000000, 10000000, 'RUPEES',
 '004 Table 1.5 (parameter "Export", unit "Value"); values: default',
 'default, configurable. Table 1.5 gives no cut-off. Higher cut-off Rs 10 crore, lower cut-off Rs 1 crore of annual exports of the cluster.'),
('EMPLOYMENT', 5000, 500, 'PERSONS',
 '004 Table 1.5 (parameter "Employment Size", unit "Number"); values: default',
 'default, configurable. Table 1.5 gives no cut-off. Higher cut-off 5000 persons, lower cut-off 500 persons (the order of the 500 families/looms minimums of 004 Table 1.4).');

-- ---------------------------------------------------------------------------------------------------
-- Published cluster counts by region and typology (004 Table 1.7 "Expanse of Indian Clusters";
-- source of the table: database of UNIDO-CDP and Third Census of SSI units, 2001-02). High-tech clusters
-- are not in the table. The table's "Total" row is not stored: it equals the column sums, which the
-- check below verifies (388, 2780, 594, 2896).
-- ---------------------------------------------------------------------------------------------------
create table registry.published_cluster_count(
    region        text not null check (region in ('NORTH','EAST','WEST','SOUTH','NORTH_EAST')),
    typology_code text not null references registry.typology,
    clusters      integer not null check (clusters >= 0),
    share_pct     numeric, -- the region's share of the typology's national total, as the table prints it
    source        text not null,
    primary key (region, typology_code)
);
comment on table registry.published_cluster_count is
    'Number of clusters per region and typology as published in 004 Table 1.7 (UNIDO-CDP database and Third Census of SSI units 2001-02), for comparison on statistics pages';

insert into registry.published_cluster_count(region, typology_code, clusters, share_pct, source) values
('NORTH',      'TRADITIONAL_MANUFACTURING', 123, 31.7,  '004 Table 1.7'),
('EAST',       'TRADITIONAL_MANUFACTURING',  36, 9.28,  '004 Table 1.7'),
('WEST',       'TRADITIONAL_MANUFACTURING', 140, 36.09, '004 Table 1.7'),
('SOUTH',      'TRADITIONAL_MANUFACTURING',  89, 22.95, '004 Table 1.7'),
('NORTH_EAST', 'TRADITIONAL_MANUFACTURING',   0, 0,     '004 Table 1.7'),
('NORTH',      'HANDICRAFT', 716, 25.75, '004 Table 1.7'),
('EAST',       'HANDICRAFT', 645, 23.19, '004 Table 1.7'),
('WEST',       'HANDICRAFT', 764, 27.47, '004 Table 1.7'),
('SOUTH',      'HANDICRAFT', 502, 18.05, '004 Table 1.7'),
('NORTH_EAST', 'HANDICRAFT', 153, 5.51,  '004 Table 1.7'),
('NORTH',      'HANDLOOM', 140, 23.56, '004 Table 1.7'),
('EAST',       'HANDLOOM',  43, 7.24,  '004 Table 1.7'),
('WEST',       'HANDLOOM', 134, 22.57, '004 Table 1.7'),
('SOUTH',      'HANDLOOM', 214, 36.02, '004 Table 1.7'),
('NORTH_EAST', 'HANDLOOM',  63, 10.61, '004 Table 1.7'),
('NORTH',      'OTHER_MICRO', 698, 24.11, '004 Table 1.7 (note 9: based on secondary data, to be worked upon)'),
('EAST',       'OTHER_MICRO', 464, 16.02, '004 Table 1.7 (note 9: based on secondary data, to be worked upon)'),
('WEST',       'OTHER_MICRO', 787, 27.17, '004 Table 1.7 (note 9: based on secondary data, to be worked upon)'),
('SOUTH',      'OTHER_MICRO', 858, 29.62, '004 Table 1.7 (note 9: based on secondary data, to be worked upon)'),
('NORTH_EAST', 'OTHER_MICRO',  89, 3.08,  '004 Table 1.7 (note 9: based on secondary data, to be worked upon)');

-- The region rows must add up to the "Total" row of 004 Table 1.7.
do $$
declare
    bad text;
begin
    select string_agg(t.typology_code || '=' || t.total, ', ') into bad
      from (select typology_code, sum(clusters) as total
              from registry.published_cluster_count group by typology_code) t
      join (values ('TRADITIONAL_MANUFACTURING', 388), ('HANDICRAFT', 2780),
                   ('HANDLOOM', 594), ('OTHER_MICRO', 2896)) as expected(code, total)
        on expected.code = t.typology_code
     where t.total <> expected.total;
    if bad is not null then
        raise exception 'registry.published_cluster_count does not match the totals of 004 Table 1.7: %', bad;
    end if;
end
$$;
