-- Programme reference data: cluster development schemes, the activity typology and its matrix,
-- cluster-selection parameters, implementing-agency criteria and funding rules.
--
-- Every value is taken from the user's source documents in shared/seeds/:
--   004 = "Policy and Status Paper on Cluster Development in India" (Foundation for MSME Clusters, Nov 2007)
--   001 = "A presentation on cluster development" (Ministry of SSI, 2003)
--   003 = UNIDO Cluster Development Programme India, "Strategy and Tools"
-- Every row carries `source` so that users can trace it. Where a document gives a range or a text, the
-- number stored is explained in the row's note/description with the original wording. Values the
-- documents do not give are marked 'default, configurable'.
-- Money is stored in whole rupees (1 lakh = 100,000; 1 crore = 10,000,000).

CREATE SCHEMA IF NOT EXISTS programme;

-- ---------------------------------------------------------------------------------------------------
-- Schemes (004 Table 2.2 "Schemes/Programmes of Cluster Development Institutions in India", clusters
-- assisted as of 2006-07; details from 004 Annex 2.4). Every line of the table is a row, including the
-- lines that the table prints without their own figures (Kerala grant assistance; UNIDO Orissa and
-- consolidated project). The clusters_assisted column adds up to the table's total of 1358 (checked below).
-- ---------------------------------------------------------------------------------------------------
create table programme.scheme(
    code              text primary key,
    name              text not null,
    institution       text not null,
    inception_year    smallint, -- first calendar year of the year of inception; the year as given is in note
    typology          text,     -- typology of clusters assisted, as the document says
    clusters_assisted integer check (clusters_assisted is null or clusters_assisted >= 0),
    note              text,
    source            text not null,
    -- The heading of 004 Table 2.2 under which the scheme is listed, and its order in the table:
    funder_group      text check (funder_group in ('CENTRAL_GOVERNMENT','OTHER_INSTITUTION','STATE_GOVERNMENT','INTERNATIONAL')),
    position          smallint
);
comment on table programme.scheme is
    'Cluster development schemes and programmes in India with year of inception, typology and clusters assisted up to 2006-07 (004 Table 2.2)';
comment on column programme.scheme.inception_year is
    'First calendar year of the year of inception (e.g. 2005 for "2005-06"); the year as printed is repeated in note';
comment on column programme.scheme.clusters_assisted is 'Clusters assisted (2006-07) as printed in 004 Table 2.2';

insert into programme.scheme(code, name, institution, inception_year, typology, clusters_assisted, note, source, funder_group, position) values
('SITP', 'Scheme for Integrated Textile Parks (SITP)', 'Ministry of Textiles', 2005,
 'Textiles (Handlooms & Powerlooms)', 30,
 'Year of inception as given: 2005-06. World-class infrastructure for the textile industry through an SPV per park with a project management consultant such as IL&FS (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 1),
('AHVY', 'Baba Saheb Ambedkar Hastshilp Vikas Yojana (AHVY)', 'Ministry of Textiles - Development Commissioner (Handicrafts)', 2001,
 'Handicraft', 684,
 'Year of inception as given: 2001-02. Organises artisans into SHGs/cooperatives; social, technological, marketing and financial interventions after a diagnostic survey; guiding and monitoring agencies support smaller implementing agencies (004 Annex 2.4). Its inception sharply increased the number of artisanal clusters supported (004 §2.5).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 2),
('IHCDP', 'Integrated Handloom Cluster Development Scheme (IHCDP)', 'Ministry of Textiles - Development Commissioner (Handlooms)', 2005,
 'Handloom', 21,
 'Year of inception as given: 2005-06. Called "Programme" in 004 Table 1.4 and Annex 2.4. A CDA exclusively for each cluster; an Apex Committee approves projects and engages a National Resource Agency for cluster identification, CDA training, validation of action plans and M&E (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 3),
('TEXTILES_COMMITTEE', 'Cluster Development Programme, Textiles Committee of India', 'Ministry of Textiles - Textiles Committee', 2002,
 'Textiles (Handlooms & Powerlooms)', 23,
 'Year of inception as given: 2002. Implemented by the Textiles Committee itself; action plan to fill gaps within 3 years; an experienced officer designated CDA exclusively; Cluster Co-ordination Development Group (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 4),
('MSECDP', 'Micro and Small Enterprises Cluster Development Programme (MSECDP)', 'Ministry of MSME - Development Commissioner (MSME)', 1998,
 'Traditional manufacturing & micro enterprise', 90,
 'Year of inception as given: 1998 (the UPTECH initiative of DC(SSI), 001 slide 13). Steps: selection of cluster(s), selection of CDE(s), trust building, diagnostic study, action plan, approval of budget and leveraging of funds, implementation, monitoring and evaluation, handing over and exit, self-management phase; SPV to be constituted (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4; 001 slides 11, 13, 16', 'CENTRAL_GOVERNMENT', 5),
('NSIC', 'National Small Industries Corporation Ltd. (NSIC)', 'Ministry of MSME - National Small Industries Corporation', 2002,
 'Traditional manufacturing', 30,
 'Year of inception as given: 2002-03.',
 '004 Table 2.2', 'CENTRAL_GOVERNMENT', 6),
('NPRI', 'National Programme for Rural Industrialisation (NPRI)', 'Ministry of MSME', 1999,
 'Micro-enterprises', 100,
 'Year of inception as given: 1999-2000. Announced in the Budget 1999-2000 with the mission to set up 100 rural clusters every year (004 §2.3).',
 '004 Table 2.2; 004 §2.3', 'CENTRAL_GOVERNMENT', 7),
('SFURTI', 'Scheme of Fund for Regeneration of Traditional Industries (SFURTI)', 'Ministry of MSME (nodal agencies KVIC and Coir Board)', 2005,
 'Micro-enterprises', 100,
 'Year of inception as given: 2005-06. The Scheme Steering Committee ensures that selected clusters are spread reasonably evenly over the country, with at least 10 per cent in the North-Eastern Region; Technical Agencies support nodal and implementing agencies; one full-time CDA located in each cluster prepares annual action plans (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 8),
('IIUS', 'Industrial Infrastructure Upgradation Scheme (IIUS)', 'Ministry of Commerce and Industry - Department of Industrial Policy and Promotion (DIPP)', 2004,
 'Traditional manufacturing', 26,
 'Year of inception as given: 2004-05. Quality infrastructure in PPP mode through an SPV in selected functional clusters with potential to become globally competitive; M&E by DIPP (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'CENTRAL_GOVERNMENT', 9),
('NMDFC', 'NMDFC Micro Financing Scheme through the Cluster Development Approach', 'National Minority Development Finance Corporation (NMDFC)', 2005,
 'Micro-enterprises', 5,
 'Year of inception as given: 2005-06. Finances minority craft clusters dovetailed with the DC (Handlooms) and DC (Handicrafts) schemes through local implementing agencies (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'OTHER_INSTITUTION', 10),
('SBI_UPTECH', 'SBI Project UPTECH', 'State Bank of India (SBI)', 1987,
 'Traditional manufacturing & micro enterprise', 28,
 'Year of inception as given: 1987-88. Thematic (technology) based development in clusters (004 §2.3).',
 '004 Table 2.2; 004 §2.3', 'OTHER_INSTITUTION', 11),
('SIDBI_TUP', 'SIDBI Technology Upgradation Programme (TUP)', 'Small Industries Development Bank of India (SIDBI)', 1991,
 'Traditional manufacturing & micro enterprise', 45,
 'Year of inception as given: 1991.',
 '004 Table 2.2; 004 §2.3', 'OTHER_INSTITUTION', 12),
('SIDBI_SME_FINANCING', 'SIDBI - Financing and Development of SMEs', 'Small Industries Development Bank of India (SIDBI)', 2006,
 'Traditional manufacturing & micro enterprise', 3,
 'Year of inception as given: 2006-07. World Bank-led multi-agency project (IBRD, DFID UK, KfW, GTZ) with a technical assistance component including clusters; Banking Division, Ministry of Finance is the nodal agency (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'OTHER_INSTITUTION', 13),
('NABARD_CDP', 'NABARD Cluster Development Programme', 'National Bank for Agriculture and Rural Development (NABARD)', 2003,
 'Micro-enterprises, Handloom and Handicrafts', 48,
 'Year of inception as given: 2003-04. Cluster Development Committee; NGOs/voluntary agencies implement credit-linked promotional programmes (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'OTHER_INSTITUTION', 14),
('NMCC_VIKAS', 'NMCC Project Vikas (with support from Microsoft)', 'National Manufacturing Competitiveness Council (NMCC)', 2006,
 'Traditional manufacturing', 7,
 'Year of inception as given: 2006-07. Table 2.2 prints "Project Vilas"; Annex 2.4 names it Project Vikas. Three phases: cluster action plan, ICT skills, productivity gains from ICT (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'OTHER_INSTITUTION', 15),
('NEDFI_CDP', 'NEDFi Cluster Development Programme', 'North Eastern Development Finance Corporation Ltd. (NEDFi)', 2004,
 'Micro-enterprise', 9,
 'Year of inception as given: 2004-05.',
 '004 Table 2.2', 'OTHER_INSTITUTION', 16),
('KERALA_MARGIN_MONEY', 'Margin Money Scheme for Cluster Development Activities', 'Government of Kerala', 2003,
 'Traditional manufacturing & micro enterprise', 17,
 'Year of inception as given: 2003. Printed under serial 10 of Table 2.2 together with the Kerala grant assistance line; the year, typology and 17 clusters stand on this line. A Common Corporate Entity registered as a private limited company borrows margin money at 9% p.a., repaid in 16 equal quarterly instalments, without collateral (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'STATE_GOVERNMENT', 17),
('KERALA_GRANT_ASSISTANCE', 'Grant Assistance to Cluster Development Activity', 'Government of Kerala', null,
 null, null,
 'Printed under serial 10 of Table 2.2 below the Kerala margin money scheme, with no year, typology or number of clusters of its own.',
 '004 Table 2.2', 'STATE_GOVERNMENT', 18),
('GUJARAT_CLUSTER_ASSISTANCE', 'Gujarat Industrial Policy - 2000, Scheme for Assistance to Cluster Development', 'Government of Gujarat', 2000,
 'Traditional manufacturing & micro enterprise', 19,
 'Year of inception as given: 2000. Encourages industry associations to create common infrastructure; a State Level Approval Committee decides the assistance; applications through the Industries Commissionerate, Gandhinagar (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'STATE_GOVERNMENT', 19),
('MP_ICDP', 'Integrated Cluster Development Programme (Traditional products of Khadi & Village Industries, sericulture and crafts & handloom products)', 'Government of Madhya Pradesh', 2004,
 'Micro-enterprise (Handloom, Handicraft)', 6,
 'Year of inception as given: 2004-05. Aims at employment creation; approval by the State Level Approval Authority (004 Annex 2.4, §2.5).',
 '004 Table 2.2; 004 Annex 2.4', 'STATE_GOVERNMENT', 20),
('ORISSA_SILPIGRAM', 'Craft Village Scheme (Silpigram Yojana)', 'Government of Orissa (now Odisha)', 2004,
 'Handicraft', 30,
 'Year of inception as given: 2004-05. SIDAC is the apex monitoring and coordinating agency and selects CDAs (004 Annex 2.4).',
 '004 Table 2.2; 004 Annex 2.4', 'STATE_GOVERNMENT', 21),
('RAJASTHAN_CDP', 'Cluster Development Programme', 'Government of Rajasthan', 2005,
 'Handloom and Handicraft', 15,
 'Year of inception as given: 2005-06. RUDA is the nodal agency for cluster development in Rajasthan (004 note 14).',
 '004 Table 2.2; 004 note 14', 'STATE_GOVERNMENT', 22),
('UNIDO_CDP_DELHI', 'UNIDO Cluster Development Programme, Delhi', 'United Nations Industrial Development Organization (UNIDO)', 1996,
 'Traditional manufacturing & micro enterprise', 20,
 'Year of inception as given: 1996. Printed as the first of three UNIDO lines under serial 15 of Table 2.2; the typology and 20 clusters stand on this line (20 clusters over 1996-2007, 004 §2.5).',
 '004 Table 2.2; 004 §2.5; 004 Annex 2.3', 'INTERNATIONAL', 23),
('UNIDO_CDP_ORISSA', 'UNIDO Cluster Development Programme, Orissa', 'United Nations Industrial Development Organization (UNIDO)', 2005,
 null, null,
 'Year of inception as given: 2005. Printed under serial 15 of Table 2.2 without typology or number of clusters of its own. Implements the Konark stone carving and Rourkela engineering initiatives (004 §2.8 CS4, CS6).',
 '004 Table 2.2; 004 §2.8', 'INTERNATIONAL', 24),
('UNIDO_CONSOLIDATED', 'UNIDO Consolidated Project for SME Development in India', 'United Nations Industrial Development Organization (UNIDO)', 2007,
 null, null,
 'Year of inception as given: 2007. Printed under serial 15 of Table 2.2 without typology or number of clusters of its own.',
 '004 Table 2.2', 'INTERNATIONAL', 25),
('ILO_BEST', 'Boosting Employment through Small Enterprise Development', 'International Labour Organisation (ILO)', 2000,
 'Handicraft', 2,
 'Year of inception as given: 2000.',
 '004 Table 2.2', 'INTERNATIONAL', 26);

-- The clusters assisted must add up to the "Total" of 004 Table 2.2.
do $$
declare
    total bigint;
begin
    select sum(clusters_assisted) into total from programme.scheme;
    if total is distinct from 1358 then
        raise exception 'programme.scheme clusters_assisted total % does not match 1358 (004 Table 2.2)', total;
    end if;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Activity typology (004 Annex 2.2 "Typology of Cluster Activities - An indicative list", nine
-- categories, 129 activities with the annex's own numbering) placed in the matrix of 004 Table 2.3.
-- Activity names are kept as the annex words them (including its spellings, e.g. "Liasoning").
--
-- Matrix of 004 Table 2.3 ("typology of interventions" x "nature of activities", §2.6):
--   interventions: M = MARKETING, P = PRODUCTIVITY_COMPETITIVENESS, S = LOCAL_ORGANISATIONS
--                  ("Sustainable Local Organisations"; promotion of local governance structures / networks)
--   nature:        B = BENCHMARKING (learning through visits, discussions and understanding of successful models)
--                  R = OTHER_SOFT (other "soft" activities: promotion of joint activities such as training,
--                      market promotion, technology development)
--                  I = INFRASTRUCTURE (infrastructure creation/promotion specific to the cluster)
--                  L = VALUE_CHAIN_LINKAGE (promoting linkage with lead value chain partners)
-- Support: HARD = cluster-specific infrastructure; SOFT = capacity building, market promotion, technology
-- development, network promotion etc. (004 note 16, §4.3.1). The matrix placement of each activity is
-- this data set's judgement of best fit; the annex itself does not place them.
-- ---------------------------------------------------------------------------------------------------
create table programme.activity_category(
    code     text primary key,
    name     text not null,
    position smallint not null unique
);
comment on table programme.activity_category is 'Categories of cluster activities of 004 Annex 2.2';

insert into programme.activity_category(code, name, position) values
('TRUST_BUILDING',           'Trust Building',                     1),
('MARKET_DEVELOPMENT',       'Market Development',                 2),
('TECHNOLOGY_UPGRADATION',   'Technology Upgradation',             3),
('CAPACITY_BUILDING_SKILLS', 'Capacity Building & Skill Development', 4),
('BACKWARD_LINKAGES',        'Strengthening Backward Linkages',    5),
('FINANCE',                  'Finance Related',                    6),
('SOCIAL_COMPLIANCE',        'Social Compliance Initiative',       7),
('INFRASTRUCTURE',           'Infrastructure Related',             8),
('POLICY_SENSITISATION',     'Policy Sensitization',               9);

create table programme.activity_type(
    code                text primary key, -- category prefix + the annex's item number, e.g. MD14
    category_code       text not null references programme.activity_category,
    name                text not null,
    support             text not null check (support in ('SOFT','HARD')),
    matrix_intervention text check (matrix_intervention in ('MARKETING','PRODUCTIVITY_COMPETITIVENESS','LOCAL_ORGANISATIONS')),
    matrix_nature       text check (matrix_nature in ('BENCHMARKING','OTHER_SOFT','INFRASTRUCTURE','VALUE_CHAIN_LINKAGE')),
    source              text not null,
    position            smallint not null, -- the item number within its category in 004 Annex 2.2
    unique (category_code, position)
);
comment on table programme.activity_type is
    'Indicative cluster activities of 004 Annex 2.2, each with soft/hard support and a best-fit cell of the 004 Table 2.3 matrix';
comment on column programme.activity_type.code is
    'TB trust building, MD market development, TU technology upgradation, CB capacity building & skills, BL backward linkages, FI finance, SC social compliance, IN infrastructure, PS policy sensitisation; followed by the annex item number';

insert into programme.activity_type(code, category_code, name, support, matrix_intervention, matrix_nature, source, position) values
('TB01','TRUST_BUILDING','Awareness programme','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',1),
('TB02','TRUST_BUILDING','Demonstration workshop','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',2),
('TB03','TRUST_BUILDING','Special purpose meeting','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',3),
('TB04','TRUST_BUILDING','Cluster visit','SOFT','LOCAL_ORGANISATIONS','BENCHMARKING','004 Annex 2.2',4),
('TB05','TRUST_BUILDING','Joint Pilot initiative','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',5),
('TB06','TRUST_BUILDING','Association formation','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',6),
('TB07','TRUST_BUILDING','Networking','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',7),
('TB08','TRUST_BUILDING','Formation of Consortium','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',8),

('MD01','MARKET_DEVELOPMENT','Market survey','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',1),
('MD02','MARKET_DEVELOPMENT','Product development & value addition','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',2),
('MD03','MARKET_DEVELOPMENT','Product line extension','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',3),
('MD04','MARKET_DEVELOPMENT','Brochure development/ product catalogue','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',4),
('MD05','MARKET_DEVELOPMENT','Development of common website/ portal','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',5),
('MD06','MARKET_DEVELOPMENT','Product Directory/ Manufacturers'' Directory','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',6),
('MD07','MARKET_DEVELOPMENT','Marketing consortium & joint marketing','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',7),
('MD08','MARKET_DEVELOPMENT','Establishment of common showroom','HARD','MARKETING','INFRASTRUCTURE','004 Annex 2.2',8),
('MD09','MARKET_DEVELOPMENT','Distribution channel planning','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',9),
('MD10','MARKET_DEVELOPMENT','Design development','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',10),
('MD11','MARKET_DEVELOPMENT','Diversification','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',11),
('MD12','MARKET_DEVELOPMENT','Fashion forecasting','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',12),
('MD13','MARKET_DEVELOPMENT','Market targeting (domestic/export)','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',13),
('MD14','MARKET_DEVELOPMENT','Organising trade fair / trade fair participation (domestic, international)','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',14),
('MD15','MARKET_DEVELOPMENT','Buyer-seller meeting','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',15),
('MD16','MARKET_DEVELOPMENT','Common branding','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',16),
('MD17','MARKET_DEVELOPMENT','Catalogue show','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',17),
('MD18','MARKET_DEVELOPMENT','Marketing seminar','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',18),
('MD19','MARKET_DEVELOPMENT','Export development programme','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',19),
('MD20','MARKET_DEVELOPMENT','Delegation visit abroad','SOFT','MARKETING','BENCHMARKING','004 Annex 2.2',20),
('MD21','MARKET_DEVELOPMENT','Common warehousing','HARD','MARKETING','INFRASTRUCTURE','004 Annex 2.2',21),
('MD22','MARKET_DEVELOPMENT','Visual merchandising','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',22),
('MD23','MARKET_DEVELOPMENT','Virtual exhibition','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',23),
('MD24','MARKET_DEVELOPMENT','Niche marketing','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',24),
('MD25','MARKET_DEVELOPMENT','Cluster twining','SOFT','MARKETING','BENCHMARKING','004 Annex 2.2',25),
('MD26','MARKET_DEVELOPMENT','Intervention on packaging','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',26),
('MD27','MARKET_DEVELOPMENT','Sub contraction exchange programme','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',27),
('MD28','MARKET_DEVELOPMENT','Vendor development programme','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',28),
('MD29','MARKET_DEVELOPMENT','Corporate linkage programme','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',29),
('MD30','MARKET_DEVELOPMENT','Organising fashion show/ jewelry show (for RMG/Jewelry cluster)','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',30),
('MD31','MARKET_DEVELOPMENT','BDS for Marketing','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',31),

('TU01','TECHNOLOGY_UPGRADATION','Technology mapping','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',1),
('TU02','TECHNOLOGY_UPGRADATION','Process demonstration','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',2),
('TU03','TECHNOLOGY_UPGRADATION','Technology Upgradation Programme (TUP)','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',3),
('TU04','TECHNOLOGY_UPGRADATION','Adoption of appropriate technology/ installation of new machines','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',4),
('TU05','TECHNOLOGY_UPGRADATION','Technological implementations','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',5),
('TU06','TECHNOLOGY_UPGRADATION','Technology counselling','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',6),
('TU07','TECHNOLOGY_UPGRADATION','Energy conservation programme/ energy audit','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',7),
('TU08','TECHNOLOGY_UPGRADATION','Technology sourcing/ hunting','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',8),
('TU09','TECHNOLOGY_UPGRADATION','Technology transfer','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',9),
('TU10','TECHNOLOGY_UPGRADATION','ISO 9000/14000/FPO/HACCP/ CE mark/WHO-GMP etc. implementation','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',10),
('TU11','TECHNOLOGY_UPGRADATION','Sharing best practices','SOFT','PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING','004 Annex 2.2',11),
('TU12','TECHNOLOGY_UPGRADATION','Reverse engineering','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',12),
('TU13','TECHNOLOGY_UPGRADATION','Technology benchmarking','SOFT','PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING','004 Annex 2.2',13),
('TU14','TECHNOLOGY_UPGRADATION','Indigenisation','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',14),
('TU15','TECHNOLOGY_UPGRADATION','Technology incubation','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',15),
('TU16','TECHNOLOGY_UPGRADATION','Technology tie up','SOFT','PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','004 Annex 2.2',16),
('TU17','TECHNOLOGY_UPGRADATION','Hiring technical BDS jointly','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',17),
('TU18','TECHNOLOGY_UPGRADATION','Factory improvement programme (FIP)','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',18),
('TU19','TECHNOLOGY_UPGRADATION','Quality audit & quality circle','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',19),
('TU20','TECHNOLOGY_UPGRADATION','Adopting quality control measures','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',20),
('TU21','TECHNOLOGY_UPGRADATION','TQM/ TPM','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',21),
('TU22','TECHNOLOGY_UPGRADATION','Just in Time manufacturing','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',22),
('TU23','TECHNOLOGY_UPGRADATION','Waste minimization','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',23),
('TU24','TECHNOLOGY_UPGRADATION','R&D under PPP initiative','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',24),
('TU25','TECHNOLOGY_UPGRADATION','Calibration workshop','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',25),
('TU26','TECHNOLOGY_UPGRADATION','Linkages with technical institutions/ CSIRs/ ICAR/ IITs etc.','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',26),

('CB01','CAPACITY_BUILDING_SKILLS','Strengthening of the local industry association','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',1),
('CB02','CAPACITY_BUILDING_SKILLS','Training for the association secretariat','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',2),
('CB03','CAPACITY_BUILDING_SKILLS','Newsletter','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',3),
('CB04','CAPACITY_BUILDING_SKILLS','BDS data bank','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',4),
('CB05','CAPACITY_BUILDING_SKILLS','FAQ','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',5),
('CB06','CAPACITY_BUILDING_SKILLS','Training/seminar for the cluster stakeholders','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',6),
('CB07','CAPACITY_BUILDING_SKILLS','On the job training/ skill development training','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',7),
('CB08','CAPACITY_BUILDING_SKILLS','Benchmarking','SOFT','PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING','004 Annex 2.2',8),
('CB09','CAPACITY_BUILDING_SKILLS','Documenting best practices','SOFT','LOCAL_ORGANISATIONS','BENCHMARKING','004 Annex 2.2',9),
('CB10','CAPACITY_BUILDING_SKILLS','Creating a knowledge bank','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',10),
('CB11','CAPACITY_BUILDING_SKILLS','Information/knowledge dissemination','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',11),
('CB12','CAPACITY_BUILDING_SKILLS','Provisioning of handholding services','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',12),
('CB13','CAPACITY_BUILDING_SKILLS','CDE programme','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',13),
('CB14','CAPACITY_BUILDING_SKILLS','Research and knowledge sharing','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',14),
('CB15','CAPACITY_BUILDING_SKILLS','GI/ patent','SOFT','MARKETING','OTHER_SOFT','004 Annex 2.2',15),
('CB16','CAPACITY_BUILDING_SKILLS','Creating an ICT enabling environment','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',16),
('CB17','CAPACITY_BUILDING_SKILLS','Engaging NDA','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',17),
('CB18','CAPACITY_BUILDING_SKILLS','Social capital development','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',18),
('CB19','CAPACITY_BUILDING_SKILLS','Networking with support institutions','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',19),
('CB20','CAPACITY_BUILDING_SKILLS','Creating informal knowledge bank in clusters','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',20),
('CB21','CAPACITY_BUILDING_SKILLS','Shop Floor Management','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',21),
('CB22','CAPACITY_BUILDING_SKILLS','Establishing /strengthening BDS-enterprise linkages','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',22),
('CB23','CAPACITY_BUILDING_SKILLS','Training of Trainers (ToT) Programme','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',23),
('CB24','CAPACITY_BUILDING_SKILLS','Organising Growth programme','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',24),
('CB25','CAPACITY_BUILDING_SKILLS','Establishing training centre for skill formation (PPP mode)','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',25),

('BL01','BACKWARD_LINKAGES','Ensuring smooth supply of quality raw material','SOFT','PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','004 Annex 2.2',1),
('BL02','BACKWARD_LINKAGES','Formation of Input Purchase Network (IPN)','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',2),
('BL03','BACKWARD_LINKAGES','Raw material bank','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',3),
('BL04','BACKWARD_LINKAGES','Buyer-seller meet','SOFT','PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','004 Annex 2.2',4),
('BL05','BACKWARD_LINKAGES','Ensuring smooth supply of quality inputs','SOFT','PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','004 Annex 2.2',5),
('BL06','BACKWARD_LINKAGES','Quality awareness programme for suppliers and users','SOFT','PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','004 Annex 2.2',6),
('BL07','BACKWARD_LINKAGES','Quality audit','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',7),
('BL08','BACKWARD_LINKAGES','Inventory management','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',8),

('FI01','FINANCE','Training on project report preparation/ project appraisal','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',1),
('FI02','FINANCE','Liasoning with banks','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',2),
('FI03','FINANCE','MCGF','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',3),
('FI04','FINANCE','SHG formation','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',4),
('FI05','FINANCE','Micro credit & micro finance','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',5),
('FI06','FINANCE','Promotion of CLCSS/ TUFS schemes','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',6),
('FI07','FINANCE','Training on working capital management','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',7),
('FI08','FINANCE','Cost audit','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',8),
('FI09','FINANCE','NGO Banker interface','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',9),
('FI10','FINANCE','Credit facilitation','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',10),
('FI11','FINANCE','Sick Industry Revival Programme (SIRP)/ Industrial Rehabilitation Programme (IRP)','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',11),
('FI12','FINANCE','Artisan credit card','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',12),

('SC01','SOCIAL_COMPLIANCE','Adoption of H&S measures','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',1),
('SC02','SOCIAL_COMPLIANCE','Group insurance for workers/ artisans','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',2),
('SC03','SOCIAL_COMPLIANCE','Group mediclaim','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',3),
('SC04','SOCIAL_COMPLIANCE','ESI','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',4),
('SC05','SOCIAL_COMPLIANCE','Adoption of welfare measures like proper lighting, ventilation, drinking water, canteen, recreation facilities','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',5),
('SC06','SOCIAL_COMPLIANCE','CSR initiatives/ SA 8000','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',6),
('SC07','SOCIAL_COMPLIANCE','BSCI (Business Social Compliance Initiative)','SOFT','MARKETING','VALUE_CHAIN_LINKAGE','004 Annex 2.2',7),
('SC08','SOCIAL_COMPLIANCE','Pollution audit & adoption of pollution control measures','SOFT','PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','004 Annex 2.2',8),
('SC09','SOCIAL_COMPLIANCE','Common RO plant/ CETP','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',9),

('IN01','INFRASTRUCTURE','Technology incubation centre','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',1),
('IN02','INFRASTRUCTURE','Common testing laboratory','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',2),
('IN03','INFRASTRUCTURE','Liasoning with schemes like IIUS etc.','SOFT','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',3),
('IN04','INFRASTRUCTURE','Technology Park/ Food Processing Park/ Bio Technology Park/ Science & Technology Entrepreneurs Park (STEP)','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',4),
('IN05','INFRASTRUCTURE','Establishment of common captive power plant','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',5),
('IN06','INFRASTRUCTURE','Design Centre','HARD','MARKETING','INFRASTRUCTURE','004 Annex 2.2',6),
('IN07','INFRASTRUCTURE','Common Raw Material Depot','HARD','PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','004 Annex 2.2',7),

('PS01','POLICY_SENSITISATION','Research & policy advocacy','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',1),
('PS02','POLICY_SENSITISATION','Facilitating dev. of cluster specific schemes (demand driven)','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',2),
('PS03','POLICY_SENSITISATION','Imbibing cluster competitiveness through suitable policy measures','SOFT','LOCAL_ORGANISATIONS','OTHER_SOFT','004 Annex 2.2',3);

-- Examples for the cells of the 004 Table 2.3 matrix. Table 2.3 itself prints only the cell codes
-- (MB, MR, MI, ML, PB, ... SL) and no examples; the examples here are the interventions that 004 itself
-- describes in its case studies and boxes, each placed in its cell and traced to where 004 tells it.
create table programme.activity_matrix_cell(
    intervention text not null check (intervention in ('MARKETING','PRODUCTIVITY_COMPETITIVENESS','LOCAL_ORGANISATIONS')),
    nature       text not null check (nature in ('BENCHMARKING','OTHER_SOFT','INFRASTRUCTURE','VALUE_CHAIN_LINKAGE')),
    example      text not null,
    source       text,
    primary key (intervention, nature, example)
);
comment on table programme.activity_matrix_cell is
    'Examples for each cell of the typology-of-activities matrix of 004 Table 2.3 (cell codes M/P/S x B/R/I/L), drawn from the case studies and boxes of 004 because Table 2.3 lists no examples';

insert into programme.activity_matrix_cell(intervention, nature, example, source) values
('MARKETING','BENCHMARKING','Business delegation to an international machine tools exhibition and meetings with potential buyers to learn their expectations (Rajkot diesel engines)','004 §2.8 CS1'),
('MARKETING','BENCHMARKING','Exposure visits of artisans to urban markets and artisan product fairs to interact with customers (Bidar Bidri)','004 §2.8 CS3'),
('MARKETING','OTHER_SOFT','Linkages with dealers in other states yielding on-the-spot sales of Rs 50 lakh (Coimbatore wet grinders)','004 §2.8 CS2'),
('MARKETING','OTHER_SOFT','Registration of the cluster product under the Geographical Indication Act (Coimbatore wet grinder; Bidri)','004 §2.8 CS2, CS3'),
('MARKETING','OTHER_SOFT','Participation in Stone Mart and development of 90 new products (Konark stone carving)','004 §2.8 CS4'),
('MARKETING','INFRASTRUCTURE','Four sales outlets set up with the artisans'' cooperatives (Konark stone carving)','004 §2.8 CS4'),
('MARKETING','VALUE_CHAIN_LINKAGE','MOU with a national retail chain assuring a weavers'' organisation orders of Rs 50 lakh in the first year (Fab India and Bunkar Vikas Sansthan, Chanderi)','004 Box 4.6'),
('MARKETING','VALUE_CHAIN_LINKAGE','Direct linkage of artisans with foreign buyers (Konark stone carving)','004 §2.8 CS4'),
('PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING','Technology benchmarking with the latest available technologies (Rajkot diesel engines)','004 §2.8 CS1'),
('PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING','Visit of young entrepreneurs to a better-performing cluster to study its common procurement centre and oxygen plant (Rourkela to Trichy BIDASS)','004 §2.8 CS6'),
('PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','Demonstration of modern cutting tools and over 100 technological implementations: productivity up about 20%, rejections down from 12% to 5% (Rajkot)','004 §2.8 CS1'),
('PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','Joint R&D by a network of 7 firms to develop a light-weight diesel engine (Rajkot)','004 Box 4.3'),
('PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','Skill assessment and A/B/C grade certification of 40,000 shoe workers (Agra, CLRI)','004 Box 4.4'),
('PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT','Joint procurement by a consortium of 15 units obtaining a 12% discount (CORE, Rourkela)','004 §2.8 CS6'),
('PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','Common facility centre with bangle-making, chain-making and gold-testing machines (Suvarnakar CFC, Ahmedabad)','004 §2.8 CS5'),
('PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','Rice bran extraction plant of 3000 MT capacity built by a consortium in PPP mode (Kalady)','004 Box 4.7'),
('PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE','Common facility centre with grant-in-aid of DC(MSME) and the state government (Coimbatore wet grinders)','004 §2.8 CS2'),
('PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','Linking national and international BDS providers to the cluster (CMTI, NSIC, Indian Oil in Rajkot)','004 §2.8 CS1'),
('PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE','Large enterprises building up the capacities of their SME supplier firms','004 §4.5 item 17'),
('LOCAL_ORGANISATIONS','BENCHMARKING','Exposure visit as the turning point after which artisans organised into 15 SHGs and federated (Bidar Bidri)','004 §2.8 CS3'),
('LOCAL_ORGANISATIONS','BENCHMARKING','Mutual learning among implementing agencies and from clusters outside the country; a national repository of experiences','001 slide 33'),
('LOCAL_ORGANISATIONS','OTHER_SOFT','Strengthening a dormant manufacturers'' association and forming consortia (COWMA, Coimbatore)','004 §2.8 CS2'),
('LOCAL_ORGANISATIONS','OTHER_SOFT','Organising 245 artisans into 16 associations and building the capacity of 8 associations (Konark)','004 §2.8 CS4'),
('LOCAL_ORGANISATIONS','OTHER_SOFT','Exporters'' foundation running self-monitoring of stitching centres, schools and health camps (SGFI, Jalandhar)','004 Box 4.1'),
('LOCAL_ORGANISATIONS','INFRASTRUCTURE','Hall-marking centre proposed by the jewellers'' association as a source of income for its developmental work (Suvarnakar, Ahmedabad)','004 §2.8 CS5'),
('LOCAL_ORGANISATIONS','INFRASTRUCTURE','Testing laboratory, weigh bridge, mill store and training institute owned by the consortium SPV (Kalady Rice Millers Consortium)','004 Box 4.7'),
('LOCAL_ORGANISATIONS','VALUE_CHAIN_LINKAGE','SHG organisation entrusted by a lead buyer with managing production across SHGs, weavers rising to deal with the buyer directly (Bunkar Vikas Sansthan and Fab India, Chanderi)','004 Box 4.6');

-- 004 Table 2.4: subjective evaluation of 18 schemes - how many of them support each cell of the matrix.
create table programme.activity_matrix_score(
    intervention       text not null check (intervention in ('MARKETING','PRODUCTIVITY_COMPETITIVENESS','LOCAL_ORGANISATIONS')),
    nature             text not null check (nature in ('BENCHMARKING','OTHER_SOFT','INFRASTRUCTURE','VALUE_CHAIN_LINKAGE')),
    schemes_supporting smallint not null check (schemes_supporting >= 0),
    schemes_evaluated  smallint not null,
    source             text not null,
    primary key (intervention, nature),
    check (schemes_supporting <= schemes_evaluated)
);
comment on table programme.activity_matrix_score is
    'Number of the 18 evaluated schemes that support each cell of the activity matrix (004 Table 2.4, subjective evaluation)';

insert into programme.activity_matrix_score(intervention, nature, schemes_supporting, schemes_evaluated, source) values
('MARKETING','BENCHMARKING',10,18,'004 Table 2.4'),
('PRODUCTIVITY_COMPETITIVENESS','BENCHMARKING',9,18,'004 Table 2.4'),
('LOCAL_ORGANISATIONS','BENCHMARKING',7,18,'004 Table 2.4'),
('MARKETING','OTHER_SOFT',13,18,'004 Table 2.4'),
('PRODUCTIVITY_COMPETITIVENESS','OTHER_SOFT',10,18,'004 Table 2.4'),
('LOCAL_ORGANISATIONS','OTHER_SOFT',6,18,'004 Table 2.4'),
('MARKETING','INFRASTRUCTURE',9,18,'004 Table 2.4'),
('PRODUCTIVITY_COMPETITIVENESS','INFRASTRUCTURE',8,18,'004 Table 2.4'),
('LOCAL_ORGANISATIONS','INFRASTRUCTURE',3,18,'004 Table 2.4'),
('MARKETING','VALUE_CHAIN_LINKAGE',5,18,'004 Table 2.4'),
('PRODUCTIVITY_COMPETITIVENESS','VALUE_CHAIN_LINKAGE',4,18,'004 Table 2.4'),
('LOCAL_ORGANISATIONS','VALUE_CHAIN_LINKAGE',4,18,'004 Table 2.4');

-- ---------------------------------------------------------------------------------------------------
-- Cluster selection parameters: the Ministry's SSI-CDP parameters (001 slide 20) and UNIDO's selection
-- framework (003). Neither source gives weights: the default weights are equal and total 100 per
-- framework (default, configurable; checked below).
-- ---------------------------------------------------------------------------------------------------
create table programme.selection_parameter(
    code           text primary key,
    name           text not null,
    framework      text not null check (framework in ('MSME','UNIDO')),
    description    text,
    default_weight numeric not null check (default_weight >= 0),
    position       smallint not null,
    source         text not null,
    unique (framework, position)
);
comment on table programme.selection_parameter is
    'Parameters for rating clusters for selection: Ministry of SSI (now MSME) SSI-CDP parameters (001 slide 20) and UNIDO importance/promotability/viability/sustainability (003). Default weights are equal (default, configurable) and total 100 per framework';

insert into programme.selection_parameter(code, name, framework, description, default_weight, position, source) values
('MSME_DISTINCT_TECHNOLOGY_PRODUCT', 'Distinct technology/product', 'MSME',
 'The cluster has a distinct technology or product. Default weight: equal share, configurable.', 12.5, 1, '001 slide 20'),
('MSME_GROWTH_POTENTIAL', 'Potential for growth', 'MSME',
 'Potential for growth of the cluster. Default weight: equal share, configurable.', 12.5, 2, '001 slide 20'),
('MSME_EMPLOYMENT', 'Contribution to employment', 'MSME',
 'Contribution of the cluster to employment. Default weight: equal share, configurable.', 12.5, 3, '001 slide 20'),
('MSME_LOCAL_LEADERSHIP', 'Local leadership support', 'MSME',
 'Support of local leadership for the programme. Default weight: equal share, configurable.', 12.5, 4, '001 slide 20'),
('MSME_BASIC_INFRASTRUCTURE', 'Basic infrastructure', 'MSME',
 'Presence of basic infrastructure. Default weight: equal share, configurable.', 12.5, 5, '001 slide 20'),
('MSME_CAPABLE_INSTITUTIONS', 'Presence of capable institutions', 'MSME',
 'Capable institutions present in or near the cluster. Default weight: equal share, configurable.', 12.5, 6, '001 slide 20'),
('MSME_RECOMMENDED_BY_AGENCIES', 'Recommended by other agencies', 'MSME',
 'The cluster is recommended by other agencies (state governments, industry associations etc., 001 slide 19). Default weight: equal share, configurable.', 12.5, 7, '001 slides 19-20'),
('MSME_SOCIO_ENVIRONMENTAL_NEED', 'Need for socio-environmental interventions', 'MSME',
 'Need for social and environmental interventions in the cluster (001 slide 20: "Need for socio-environ interventions"). Default weight: equal share, configurable.', 12.5, 8, '001 slide 20'),
('UNIDO_IMPORTANCE', 'Importance', 'UNIDO',
 'The cluster''s importance. 003 names the criterion without defining it; a practitioner would read it as the cluster''s weight in output, employment and exports. Default weight: equal share, configurable.', 25, 1, '003'),
('UNIDO_PROMOTABILITY', 'Promotability', 'UNIDO',
 'How far the cluster can be promoted. 003 names the criterion without defining it; a practitioner would read it as the readiness of its actors and institutions to cooperate. Default weight: equal share, configurable.', 25, 2, '003'),
('UNIDO_VIABILITY', 'Viability', 'UNIDO',
 'Viability of the cluster and of an intervention in it. 003 names the criterion without defining it. Default weight: equal share, configurable.', 25, 3, '003'),
('UNIDO_SUSTAINABILITY', 'Sustainability', 'UNIDO',
 'Whether the results can be sustained by local actors after the programme. 003 names the criterion without defining it. Default weight: equal share, configurable.', 25, 4, '003');

do $$
declare
    bad text;
begin
    select string_agg(framework || '=' || total, ', ') into bad
      from (select framework, sum(default_weight) as total
              from programme.selection_parameter group by framework) t
     where total <> 100;
    if bad is not null then
        raise exception 'programme.selection_parameter default weights must total 100 per framework: %', bad;
    end if;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Implementing agency selection criteria (004 Annex 3.2 "Suggested Selection Criteria for Implementing
-- Agencies", source EDI Ahmedabad). The weights are the annex's scores and TOTAL 100, as the annex says
-- ("The maximum score is 100"); the check below refuses to load if they do not.
-- ---------------------------------------------------------------------------------------------------
create table programme.agency_criterion(
    code     text primary key,
    name     text not null,
    weight   numeric not null check (weight >= 0),
    position smallint not null unique,
    guidance text,
    source   text not null
);
comment on table programme.agency_criterion is
    'Weighted criteria for selecting an implementing agency; weights total 100 (004 Annex 3.2). Selection depends on the relative scoring of the organisations';

insert into programme.agency_criterion(code, name, weight, position, guidance, source) values
('SPECIALISED_TECHNICAL_EMPLOYEES', 'Specialized technical employees', 5, 1,
 'Score on: number and experience of employees. Why: higher the institutional capacities, better the performance.', '004 Annex 3.2'),
('SECTOR_EXPERIENCE', 'Experience of involvement in sector', 5, 2,
 'Score on: prior experience in the sector. Why: prior experience will benefit in terms of immediate results.', '004 Annex 3.2'),
('LOCATION', 'Location of the organization', 10, 3,
 'Score on: geographical presence / spread of the agency. Why: close proximity to the cluster helps networking and liaisoning (the IA has to be based in the cluster, 004 §3.5).', '004 Annex 3.2; 004 §3.5'),
('FACILITATE_BDS', 'Facilitate BDS', 5, 4,
 'Score on: ability to deliver BDS internally. Why: higher access and flexibility to provide services.', '004 Annex 3.2'),
('PPP_POTENTIAL', 'Potential to tie up Public Private Partnership', 10, 5,
 'Score on: prior experience. Why: need for sustainable development.', '004 Annex 3.2'),
('CLUSTER_DEVELOPMENT_EXPERIENCE', 'Prior experience in similar initiatives/ cluster development', 10, 6,
 'Score on: years of experience in cluster development (experience is counted in cluster-years, 004 §2.7). Why: better understanding of the activities to be undertaken.', '004 Annex 3.2; 004 §2.7'),
('FI_TI_LIAISON', 'Record of Liaisoning with financial institutions/ technical institutes', 5, 7,
 'Score on: ability to network with financial/technical institutions. Why: potential to bring in such initiatives in the cluster.', '004 Annex 3.2'),
('CDE_MANAGEMENT_INPUTS', 'Management related inputs to CDEs', 10, 8,
 'Score on: ability to guide. Why: better performance of implementing stakeholders.', '004 Annex 3.2'),
('OBJECTIVE_SIMILARITY', 'Similarity in objective with the scheme', 10, 9,
 'Score on: nearness of views in socio-economic/sector/entrepreneurship development. Why: whole-hearted involvement of the organisation.', '004 Annex 3.2'),
('CDP_METHODOLOGY_UNDERSTANDING', 'Understanding of the cluster development methodology', 10, 10,
 'Score on: exposure to cluster development methodology and number of employees trained (at least two trained persons, 004 §3.5). Why: can provide guidance with confidence.', '004 Annex 3.2; 004 §3.5'),
('MARKET_INTERVENTIONS', 'Market related interventions', 10, 11,
 'Score on: ability to take up market related interventions. Why: this is the score of all understanding, which will shape the rest.', '004 Annex 3.2'),
('SOCIAL_DEVELOPMENT_EXPERIENCE', 'Prior experience in social development', 10, 12,
 'Score on: years of experience. Why: building blocks for CDP.', '004 Annex 3.2');

do $$
declare
    total numeric;
begin
    select sum(weight) into total from programme.agency_criterion;
    if total is distinct from 100 then
        raise exception 'programme.agency_criterion weights total %, 004 Annex 3.2 requires 100', total;
    end if;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Funding rules (004 Exec summary 6-7, §3.8, §4.3.1, Annex 2.3, Annex 4.1). Ranges are stored as a MIN
-- and a MAX row; rules without a number have value null.
-- ---------------------------------------------------------------------------------------------------
create table programme.funding_rule(
    code        text primary key,
    description text not null,
    value       numeric,
    unit        text check (unit in ('RUPEES_PER_CLUSTER_PER_YEAR','RUPEES_PER_CLUSTER','PERCENT','YEARS')),
    source      text not null
);
comment on table programme.funding_rule is
    'Suggested norms for the value, share and duration of support to a cluster (004 Exec summary 6-7, §3.8, §4.3.1, Annex 2.3, Annex 4.1)';

insert into programme.funding_rule(code, description, value, unit, source) values
('SOFT_SUPPORT_PER_CLUSTER_YEAR_MIN',
 'Soft support (marketing, training, network creation, BDS provision, benchmarking, productivity improvement): lower end of "Rs. 10 to 15 lakhs per cluster per year on an average", plus programme management and implementation coordination costs.',
 1000000, 'RUPEES_PER_CLUSTER_PER_YEAR', '004 Exec summary 6; 004 §4.3.1'),
('SOFT_SUPPORT_PER_CLUSTER_YEAR_MAX',
 'Soft support: upper end of "Rs. 10 to 15 lakhs per cluster per year on an average".',
 1500000, 'RUPEES_PER_CLUSTER_PER_YEAR', '004 Exec summary 6; 004 §4.3.1'),
('INFRASTRUCTURE_SUPPORT_CASE_BY_CASE',
 'Hard (cluster-specific infrastructure) support varies case by case; the level of support is linked to the socio-economic viability of the proposed intervention.',
 null, null, '004 Exec summary 6; 004 §4.3.1'),
('PUBLIC_SUPPORT_MAX_SHARE',
 'Overall percentage of (public) support suggested at a maximum of 70 per cent; the rest from cluster stakeholders and others.',
 70, 'PERCENT', '004 §3.8'),
('RND_PUBLIC_SHARE',
 'R&D initiatives in a cluster involve risk: government should bear 90 per cent of the cost.',
 90, 'PERCENT', '004 §3.8'),
('RND_STAKEHOLDER_SHARE',
 'R&D initiatives: 10 per cent borne by the cluster stakeholders, to ensure their involvement.',
 10, 'PERCENT', '004 §3.8'),
('MIN_DURATION_TRADITIONAL_MANUFACTURING',
 'Cluster level support for a minimum of 3 years for traditional manufacturing clusters (periods under 3 years were found highly inadequate internationally, 004 §2.1).',
 3, 'YEARS', '004 Exec summary 7; 004 §2.1'),
('MIN_DURATION_POVERTY_INTENSIVE',
 'Cluster level support for a minimum of 5 years for poverty-intensive (micro enterprise) clusters.',
 5, 'YEARS', '004 Exec summary 7'),
('HOLISTIC_SUPPORT_DURATION_MIN',
 'Full-fledged holistic support "between 4 to 5 years" for most cases: lower end. Shorter support often fails to include the less endowed units.',
 4, 'YEARS', '004 §3.8'),
('HOLISTIC_SUPPORT_DURATION_MAX',
 'Full-fledged holistic support "between 4 to 5 years": upper end.',
 5, 'YEARS', '004 §3.8'),
('TAPER_RISING_YEARS',
 'Tapered support in a 5-year intervention: increases during the first 3 years.',
 3, 'YEARS', '004 §3.8'),
('TAPER_FALLING_YEARS',
 'Tapered support in a 5-year intervention: decreases during the next 2 years.',
 2, 'YEARS', '004 §3.8'),
('SOFT_SHARE_SME_CLUSTERS',
 'Share of soft support in total support: from 20 per cent for SME clusters.',
 20, 'PERCENT', '004 §3.8'),
('SOFT_SHARE_MICRO_CLUSTERS',
 'Share of soft support in total support: up to 80 per cent for micro unit clusters.',
 80, 'PERCENT', '004 §3.8'),
('SOFT_BEFORE_HARD',
 'First provide support for the soft issues, and only thereafter hard (infrastructure) support: infrastructure is of little use unless trust has been created among stakeholders.',
 null, null, '004 §3.8'),
('CLUSTER_MANAGEMENT_COST_IN_FUND',
 'Appropriate cluster management cost (professional fees of the implementing agency, the CDA/CDE, resource organisation) is an integral part of the cluster development fund.',
 null, null, '004 §3.8; 004 Exec summary 6'),
('UNIDO_MIN_TIMEFRAME',
 'UNIDO methodology: invest a minimum of 3-4 years time frame for a cluster (lower end stored).',
 3, 'YEARS', '004 Annex 2.3'),
('SERVICE_DELIVERY_PROJECT_COST_MIN',
 'Service delivery / technical support projects (skills, technology, design, credit, quality, market development; 6 months to 3 years): cost to the public exchequer from Rs 10 lakh.',
 1000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('SERVICE_DELIVERY_PROJECT_COST_MAX',
 'Service delivery / technical support projects: cost up to Rs 2 crore depending on scale and scope.',
 20000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('SERVICE_DELIVERY_PROJECT_COST_AVG',
 'Service delivery / technical support projects: averaging Rs 50 lakh per cluster.',
 5000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('SERVICE_DELIVERY_PROJECT_DURATION_MIN',
 'Service delivery / technical support projects: from 6 months.',
 0.5, 'YEARS', '004 Annex 4.1'),
('SERVICE_DELIVERY_PROJECT_DURATION_MAX',
 'Service delivery / technical support projects: up to 3 years.',
 3, 'YEARS', '004 Annex 4.1'),
('STAKEHOLDER_ENGAGEMENT_COST_MIN',
 'Engagement of local cluster stakeholders (systemic issues, linkages, collaborative initiatives): Rs 60 lakh over the entire duration (lower end).',
 6000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('STAKEHOLDER_ENGAGEMENT_COST_MAX',
 'Engagement of local cluster stakeholders: Rs 1 crore over the entire duration (upper end).',
 10000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('STAKEHOLDER_ENGAGEMENT_DURATION_MIN',
 'Engagement of local cluster stakeholders: medium term, 3-5 years (lower end).',
 3, 'YEARS', '004 Annex 4.1'),
('STAKEHOLDER_ENGAGEMENT_DURATION_MAX',
 'Engagement of local cluster stakeholders: medium term, 3-5 years (upper end).',
 5, 'YEARS', '004 Annex 4.1'),
('CAPITAL_PROJECT_COST_MIN',
 'Capital-intensive projects (heavy R&D or infrastructure): infrastructure from Rs 10 lakh for a small cluster.',
 1000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('CAPITAL_PROJECT_COST_MAX',
 'Capital-intensive projects: infrastructure up to Rs 50 crore for a big cluster.',
 500000000, 'RUPEES_PER_CLUSTER', '004 Annex 4.1'),
('CAPITAL_PROJECT_DURATION_MIN',
 'Capital-intensive projects: long-term horizon of 5-10 years (lower end).',
 5, 'YEARS', '004 Annex 4.1'),
('CAPITAL_PROJECT_DURATION_MAX',
 'Capital-intensive projects: long-term horizon of 5-10 years (upper end).',
 10, 'YEARS', '004 Annex 4.1');
