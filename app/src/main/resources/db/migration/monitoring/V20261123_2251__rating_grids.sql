-- Three published grids drawn from the seeds; administrators may change them or add others. Weights total 100
-- and each criterion is scored 0 to 4, so a criterion of weight 25 scored 3 adds 25 x 3 / 4 = 18.75 to the total.
insert into monitoring.rating_scheme (code, name, subject, theme, product_nic, product_word, scale_min, scale_max, source, published) values
('CLUSTER_GENERAL', 'Cluster rating: progress towards inclusive development', 'CLUSTER', null, null, null, 0, 4,
 '004 §4.5 item 22: cluster-level economic, social and environmental results and the policy-level questions; "regular ratings of clusters on various factors over a 3-year time frame"; 004 §3.9 inclusiveness', true),
('ENVIRONMENTAL_COMPLIANCE', 'Environmental compliance of electroplating clusters', 'CLUSTER', 'Environmental compliance', '2592', 'electroplating', 0, 4,
 '004 §4.5 item 2: "a rating of all the electroplating clusters on environment standards and the extent of their compliance"; 004 §4.5 item 10', true),
('BMO', 'Rating of industry associations and business membership organisations', 'ASSOCIATION', null, null, null, 0, 4,
 '001 slide 32 (listing, rating, recognition and awards of associations); 004 §4.5 item 20: collaborative development rather than lobbying only, linked horizontally and federated; 004 §3.11 developmental versus lobbying work', true);

insert into monitoring.rating_criterion (scheme_code, code, position, name, description, weight) values
('CLUSTER_GENERAL', 'ECONOMIC', 1, 'Economic performance', 'Profits, turnover, capacity and credit off-take of the cluster firms, local infrastructure set up', 25),
('CLUSTER_GENERAL', 'COLLABORATION', 2, 'Collaborative behaviour', 'Collaborative initiatives, strength of local associations, new public-private partnerships', 20),
('CLUSTER_GENERAL', 'EMPLOYMENT', 3, 'Employment and working conditions', 'Employment levels, working conditions and safety', 15),
('CLUSTER_GENERAL', 'ENVIRONMENT', 4, 'Environmental sustenance', 'Environmental damage reduced, natural resources recycled', 15),
('CLUSTER_GENERAL', 'INSTITUTIONS', 5, 'Institutional capacity and private lead', 'Capacity gap of local institutions bridged; management and funding of initiatives taken over by the private sector', 15),
('CLUSTER_GENERAL', 'INCLUSIVENESS', 6, 'Inclusiveness', 'Benefits reaching the smaller and less endowed units and workers', 10),
('ENVIRONMENTAL_COMPLIANCE', 'CONSENTS', 1, 'Consents held', 'Share of units holding valid consents to establish and operate from the pollution control board', 30),
('ENVIRONMENTAL_COMPLIANCE', 'EFFLUENT', 2, 'Effluent treatment', 'Effluent treated in own or common plants and discharged within the standards', 30),
('ENVIRONMENTAL_COMPLIANCE', 'HAZARDOUS_WASTE', 3, 'Hazardous waste', 'Sludge and hazardous waste stored, carried and disposed of as the rules require', 20),
('ENVIRONMENTAL_COMPLIANCE', 'CLEANER_PRODUCTION', 4, 'Cleaner production', 'Chemicals recovered, water recycled, cleaner processes adopted', 10),
('ENVIRONMENTAL_COMPLIANCE', 'WORKER_SAFETY', 5, 'Worker safety', 'Protective equipment, exposure limits and first aid in the units', 10),
('BMO', 'DEVELOPMENTAL_WORK', 1, 'Developmental work', 'Collaborative development initiatives for members, not only lobbying services', 25),
('BMO', 'SERVICES', 2, 'Services to members', 'Information, bulk procurement, fairs, training, testing and other services members use', 20),
('BMO', 'MEMBERSHIP', 3, 'Membership', 'Share of the cluster''s firms that are members, small and micro units included', 15),
('BMO', 'GOVERNANCE', 4, 'Governance and secretariat', 'Elected office-bearers, regular meetings, audited accounts, a staffed secretariat', 15),
('BMO', 'LINKAGES', 5, 'Linkages and federation', 'Linked with associations of the same sector and of the region, federated at state or national level, working with public institutions', 15),
('BMO', 'SELF_FINANCE', 6, 'Financial sustainability', 'Fees and paid services cover its running costs', 10);

insert into monitoring.rating_level (scheme_code, score, label, description)
select s.code, l.score, l.label, l.description
from monitoring.rating_scheme s
cross join (values
    (0, 'Absent', 'Nothing in place, or no evidence'),
    (1, 'Emerging', 'First steps taken by a few'),
    (2, 'Developing', 'In place for part of the cluster, not yet regular'),
    (3, 'Established', 'In place and regular for most of the cluster'),
    (4, 'Exemplary', 'A benchmark other clusters can learn from')) as l (score, label, description);

insert into monitoring.rating_grade (scheme_code, grade, minimum)
select s.code, g.grade, g.minimum
from monitoring.rating_scheme s
cross join (values ('A', 80), ('B', 60), ('C', 40), ('D', 0)) as g (grade, minimum);
