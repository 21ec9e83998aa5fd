-- Keep the codes each postcode came with, not only the areas they resolved to: a postcode whose ward the platform
-- did not know yet sits in its local authority, and can be placed in that ward once the ward is loaded.
ALTER TABLE place.postcodes
    ADD COLUMN local_authority_gss text CHECK (local_authority_gss ~ '^[EKLMNSWJ][0-9]{8}$'),
    ADD COLUMN ward_gss            text CHECK (ward_gss ~ '^[EKLMNSWJ][0-9]{8}$');

CREATE INDEX postcodes_ward_gss ON place.postcodes (ward_gss);
