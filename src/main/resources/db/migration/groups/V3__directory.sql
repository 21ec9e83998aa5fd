-- The directory of services organisations offer, published as Open Referral UK (HSDS 3.0 UK profile).
-- A service is offered at one place (its location and service_at_location ids are the service's own, so Open
-- Referral consumers get stable ids); schedules are weekly opening times in minutes of the day; taxonomy terms come
-- from the Open Eligibility human services taxonomy (resource groups/taxonomy/, see SOURCE.md there), seeded below
-- with name-based ids so every installation shares them.

CREATE TABLE groups.taxonomy (
    id                  UUID PRIMARY KEY,
    name                TEXT NOT NULL,
    description         TEXT NOT NULL,
    uri                 TEXT,
    version             TEXT
);

CREATE TABLE groups.taxonomy_term (
    id                  UUID PRIMARY KEY,
    taxonomy_id         UUID NOT NULL REFERENCES groups.taxonomy (id),
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    parent_id           UUID REFERENCES groups.taxonomy_term (id),
    position            INT NOT NULL,
    UNIQUE (taxonomy_id, code)
);

CREATE TABLE groups.service (
    id                  UUID PRIMARY KEY,
    organisation_id     BIGINT NOT NULL REFERENCES groups.organisation (id),
    name                TEXT NOT NULL,
    description         TEXT NOT NULL,
    eligibility         TEXT,
    minimum_age         INT,
    maximum_age         INT,
    free                BOOLEAN NOT NULL,
    cost_pence          INT,
    cost_description    TEXT,
    email               TEXT,
    phone               TEXT,
    url                 TEXT,
    status              TEXT NOT NULL,
    location_id         UUID NOT NULL UNIQUE,
    service_at_location_id UUID NOT NULL UNIQUE,
    venue               TEXT,
    address             TEXT,
    town                TEXT,
    postcode            TEXT,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    words               TSVECTOR GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', name), 'A')
                            || setweight(to_tsvector('english', description), 'B')
                            || setweight(to_tsvector('english', coalesce(eligibility, '')), 'C')) STORED,
    CONSTRAINT service_status CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    CONSTRAINT service_ages CHECK ((minimum_age IS NULL OR minimum_age BETWEEN 0 AND 130)
        AND (maximum_age IS NULL OR maximum_age BETWEEN 0 AND 130)
        AND (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)),
    CONSTRAINT service_cost CHECK ((free AND cost_pence IS NULL) OR (NOT free AND (cost_pence IS NULL OR cost_pence > 0))),
    CONSTRAINT service_where CHECK ((latitude IS NULL) = (longitude IS NULL))
);
-- Words: full text with a GIN index; distance: a box on (latitude, longitude), then the exact distance.
CREATE INDEX service_words ON groups.service USING GIN (words);
CREATE INDEX service_location ON groups.service (latitude, longitude);
CREATE INDEX service_organisation ON groups.service (organisation_id);

CREATE TABLE groups.service_term (
    service_id          UUID NOT NULL REFERENCES groups.service (id) ON DELETE CASCADE,
    term_id             UUID NOT NULL REFERENCES groups.taxonomy_term (id),
    PRIMARY KEY (service_id, term_id)
);
CREATE INDEX service_term_term ON groups.service_term (term_id);

-- Weekly opening times: ISO day of the week (1 Monday .. 7 Sunday), minutes since midnight.
CREATE TABLE groups.service_schedule (
    id                  UUID PRIMARY KEY,
    service_id          UUID NOT NULL REFERENCES groups.service (id) ON DELETE CASCADE,
    weekday             SMALLINT NOT NULL,
    opens_at            INT NOT NULL,
    closes_at           INT NOT NULL,
    CONSTRAINT schedule_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT schedule_times CHECK (opens_at >= 0 AND opens_at < closes_at AND closes_at <= 1440)
);
CREATE INDEX service_schedule_service ON groups.service_schedule (service_id, weekday);

INSERT INTO groups.taxonomy (id, name, description, uri, version) VALUES
    ('36432ca2-5070-3532-9506-4ab8de44f4e4', 'Open Eligibility', 'The Open Eligibility human services taxonomy (Aunt Bertha): what a service offers, in two levels.',
     'https://github.com/auntbertha/openeligibility', '2');

INSERT INTO groups.taxonomy_term (id, taxonomy_id, code, name, parent_id, position) VALUES
    ('bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food', 'Food', NULL, 1),
    ('c1723481-ac9b-3aa7-98e1-9ac748c41151', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:community_gardens', 'Community Gardens', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 2),
    ('599a68d0-3d67-39fe-a5ec-04ddd4545d0a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:emergency_food', 'Emergency Food', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 3),
    ('48fc83f8-91cf-3f82-8be2-bc94d0ec4af3', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:food_delivery', 'Food Delivery', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 4),
    ('c6626a35-afe0-3570-b728-c14720378ecd', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:food_pantry', 'Food Pantry', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 5),
    ('1483ea56-bf3c-3da1-9d17-52cabe7b1813', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:help_pay_for_food', 'Help Pay for Food', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 6),
    ('f374b706-4417-3215-9fc6-37b735bfffee', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:nutrition_education', 'Nutrition Education', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 7),
    ('99b80b47-d3fe-39c7-bccc-9fedc6691b46', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:free_meals', 'Free Meals', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 8),
    ('53d88b5a-5f8f-374c-8e7b-5eace3a18d2d', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'food:nutrition', 'Nutrition', 'bc2c4ffc-56a7-31c1-b20f-77eb81a2b33a', 9),
    ('c40a3520-e23a-3d0e-9585-0feb4cb2fba0', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing', 'Housing', NULL, 10),
    ('23578342-fa82-3698-8ae4-5ccd66aaf06b', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:temporary_shelter', 'Temporary Shelter', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 11),
    ('ac199399-0d34-304d-aa39-5edcd141fe51', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:help_find_housing', 'Help Find Housing', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 12),
    ('1704610d-29db-3f6f-a8ae-7a4de5e468ef', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:help_pay_for_housing', 'Help Pay for Housing', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 13),
    ('f4a49b58-69f9-3005-bf5e-ecd44d1b3da0', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:maintenance_repairs', 'Maintenance & Repairs', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 14),
    ('b63e35fa-dcc8-3be5-9506-148ee26689d4', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:housing_advice', 'Housing Advice', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 15),
    ('32df7a15-9ebd-3b19-92e3-b2c70ea9811a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:residential_housing', 'Residential Housing', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 16),
    ('ab867e78-fa74-3043-8d94-a8f72f6b6de5', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'housing:emergency_shelter', 'Emergency Shelter', 'c40a3520-e23a-3d0e-9585-0feb4cb2fba0', 17),
    ('0dc16277-70c5-37ef-b4b4-c5562faca3de', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods', 'Goods', NULL, 18),
    ('49f06b52-e1e3-3bda-80e1-ddc0bb3476df', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:baby_supplies', 'Baby Supplies', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 19),
    ('828fde5f-d7ad-34fe-8d9f-b9b5a01251fe', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:clothing', 'Clothing', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 20),
    ('9e090712-9efd-38a8-96f4-e940e935efff', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:home_goods', 'Home Goods', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 21),
    ('a6d83070-5c8b-3b85-bd78-2b30693b1d1e', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:medical_supplies', 'Medical Supplies', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 22),
    ('9fd7e692-4e1c-37d1-badb-d54be1869c02', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:personal_safety', 'Personal Safety', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 23),
    ('49fcbe82-b7be-3d79-b1eb-73f87405a0c9', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'goods:toys_gifts', 'Toys & Gifts', '0dc16277-70c5-37ef-b4b4-c5562faca3de', 24),
    ('313d47b4-15ec-3b06-b5f2-eebaae55c536', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'transit', 'Transit', NULL, 25),
    ('5d52fe5b-4058-3c5a-a46f-73494d9c55d8', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'transit:help_pay_for_transit', 'Help Pay for Transit', '313d47b4-15ec-3b06-b5f2-eebaae55c536', 26),
    ('0b81c455-b98e-3a1a-8f0c-64cd693e1302', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'transit:transportation', 'Transportation', '313d47b4-15ec-3b06-b5f2-eebaae55c536', 27),
    ('7ccab15b-8a0c-30e1-a383-5314adccaaac', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health', 'Health', NULL, 28),
    ('2185fead-38d8-37c4-a20d-58f48eb24ebe', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:addiction_recovery', 'Addiction & Recovery', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 29),
    ('d1ae5109-0097-3969-b2d9-fb5a6575a84b', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:dental_care', 'Dental Care', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 30),
    ('70991a3f-99bf-3074-ac30-7494b3af674d', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:end_of_life_care', 'End-of-Life Care', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 31),
    ('77d091c8-d2ae-398e-9c50-683b19bae7fd', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:health_education', 'Health Education', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 32),
    ('bb4d2076-7ba7-3484-ad3e-503b2b9410ac', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:help_pay_for_healthcare', 'Help Pay for Healthcare', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 33),
    ('53214402-4186-3cdc-93c1-c5ce0e021d84', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:medical_care', 'Medical Care', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 34),
    ('2f472b75-7bba-3f32-be7e-73fcdd3331ec', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:mental_health_care', 'Mental Health Care', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 35),
    ('502d2c07-0e4c-3649-889a-ea03738db8a4', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:sexual_reproductive_health', 'Sexual & Reproductive Health', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 36),
    ('5ec9afad-e692-3d65-a176-8d76e36d3a97', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'health:vision_care', 'Vision Care', '7ccab15b-8a0c-30e1-a383-5314adccaaac', 37),
    ('ae6f8b72-f638-3665-bd83-912e1da9266f', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money', 'Money', NULL, 38),
    ('65b5168a-3f93-3bf6-8ac8-e499306c586a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:financial_assistance', 'Financial Assistance', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 39),
    ('fe0f512a-f8ff-3408-acf3-95dd31f55c0e', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:government_benefits', 'Government Benefits', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 40),
    ('34b337a5-bfbe-3e50-b037-2fef209bef37', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:financial_education', 'Financial Education', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 41),
    ('6df8dd6d-6fde-3a9d-a3ca-1bb9419b6d53', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:insurance', 'Insurance', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 42),
    ('c44a06c2-720d-350d-9f3f-3bb948ea15e9', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:loans', 'Loans', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 43),
    ('1cef1edd-90d5-34d1-8fde-6bf5d13add0a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'money:tax_preparation', 'Tax Preparation', 'ae6f8b72-f638-3665-bd83-912e1da9266f', 44),
    ('23a1c91c-3520-3075-bd10-ed89c8d5ffc0', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care', 'Care', NULL, 45),
    ('3671c8fd-1f9b-3c09-8b90-88f05d1f2cdd', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:adoption_foster_care', 'Adoption & Foster Care', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 46),
    ('9ab809bc-f6bb-360a-9595-03647baaffa9', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:community_support_services', 'Community Support Services', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 47),
    ('3b37e44c-eee6-3aad-9cd2-5f42ddb24165', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:daytime_care', 'Daytime Care', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 48),
    ('a2b1e664-2542-3e3b-b5b6-4c4675634ff7', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:end_of_life_care', 'End-of-Life Care', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 49),
    ('096fd2be-db8c-3ae3-9897-edfbebddd888', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:navigating_the_system', 'Navigating the System', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 50),
    ('16f749af-9270-3139-ba6a-78f661c63691', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:physical_safety', 'Physical Safety', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 51),
    ('c9f0d76b-8705-3260-8ff7-fd3296c18a10', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:residential_care', 'Residential Care', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 52),
    ('fdc66210-d8b8-31a4-8d19-7c5abb499881', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'care:support_network', 'Support Network', '23a1c91c-3520-3075-bd10-ed89c8d5ffc0', 53),
    ('54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education', 'Education', NULL, 54),
    ('8eb28bc8-5eb7-3f1e-bbe8-b370989a970a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:help_find_school', 'Help Find School', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 55),
    ('995c1119-7e38-3142-9da3-b27261f12997', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:help_pay_for_school', 'Help Pay for School', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 56),
    ('d5531b4d-63f1-339b-a9ac-66c10a1184e6', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:more_education', 'More Education', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 57),
    ('bd59d0e3-a88d-3070-97fb-12e8bbd01b33', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:preschool', 'Preschool', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 58),
    ('4b4e0e3f-eee0-3ccb-bc61-00c6c344726c', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:screening_exams', 'Screening & Exams', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 59),
    ('5d931a1f-1429-362e-af88-46ef00794c1a', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'education:skills_training', 'Skills & Training', '54a7f7ce-590a-362f-9c0d-a7c7a4f08a82', 60),
    ('aed95a91-ada9-3972-a5d6-fa09a4b9d31f', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work', 'Work', NULL, 61),
    ('41a6ef2b-ef25-3639-83cc-1dfc8aa8ef2e', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work:help_find_work', 'Help Find Work', 'aed95a91-ada9-3972-a5d6-fa09a4b9d31f', 62),
    ('e2f3e33c-271b-38cf-9f6f-f55cacc32edc', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work:help_pay_for_work_expenses', 'Help Pay for Work Expenses', 'aed95a91-ada9-3972-a5d6-fa09a4b9d31f', 63),
    ('db7377c1-377a-3e38-bee8-cac02ac457c2', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work:skills_training', 'Skills & Training', 'aed95a91-ada9-3972-a5d6-fa09a4b9d31f', 64),
    ('1e65ae3f-1256-353f-a4e2-80efa95272c8', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work:supported_employment', 'Supported Employment', 'aed95a91-ada9-3972-a5d6-fa09a4b9d31f', 65),
    ('186dc703-da60-3ee6-b095-f1818c2b340f', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'work:workplace_rights', 'Workplace Rights', 'aed95a91-ada9-3972-a5d6-fa09a4b9d31f', 66),
    ('f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal', 'Legal', NULL, 67),
    ('08d99f62-bba4-3eee-a621-c724232d2bcc', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal:advocacy_legal_aid', 'Advocacy & Legal Aid', 'f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', 68),
    ('fbe11459-d6d4-376a-ac47-e61985496f20', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal:mediation', 'Mediation', 'f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', 69),
    ('36e6d1d1-de4a-3f40-81a8-9af11b56ba5b', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal:notary', 'Notary', 'f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', 70),
    ('736f1b79-ad23-31e1-bae6-dada98d4812e', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal:representation', 'Representation', 'f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', 71),
    ('c3014ee0-832f-3dbd-9212-bc51db306cf6', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'legal:translation_interpretation', 'Translation & Interpretation', 'f2b5fb66-ceaf-3b95-985d-ef6f1bcaa8e9', 72),
    ('98dfc081-c57a-327e-b832-f333c77522e9', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency', 'Emergency', NULL, 73),
    ('a136c6b4-e6f1-364c-be8d-628b8ee1fa7b', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:disaster_response', 'Disaster Response', '98dfc081-c57a-327e-b832-f333c77522e9', 74),
    ('e5cb6c7f-b30e-307e-9f5b-1fa542c0640d', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:emergency_payments', 'Emergency Payments', '98dfc081-c57a-327e-b832-f333c77522e9', 75),
    ('1aa6090b-17c7-3ee9-8445-bc4d4aa5d671', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:emergency_food', 'Emergency Food', '98dfc081-c57a-327e-b832-f333c77522e9', 76),
    ('a91970f4-5583-399f-bf7f-b367c67c54d8', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:emergency_shelter', 'Emergency Shelter', '98dfc081-c57a-327e-b832-f333c77522e9', 77),
    ('b71ffdbf-3dda-3402-9e59-6ab6fc411949', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:help_find_missing_persons', 'Help Find Missing Persons', '98dfc081-c57a-327e-b832-f333c77522e9', 78),
    ('36068e17-a2e5-3149-b2dd-3c705ad6b3f7', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:immediate_safety', 'Immediate Safety', '98dfc081-c57a-327e-b832-f333c77522e9', 79),
    ('9b27f281-f912-348a-815a-d7b06a5cb8ff', '36432ca2-5070-3532-9506-4ab8de44f4e4', 'emergency:psychiatric_emergency_services', 'Psychiatric Emergency Services', '98dfc081-c57a-327e-b832-f333c77522e9', 80);
