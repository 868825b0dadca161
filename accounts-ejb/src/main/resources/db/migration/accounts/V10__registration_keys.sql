-- Registration numbers compared by one key however they were written (§5.4, §5.7): no spaces or
-- separators, upper case. Rows of earlier versions get their key here; new rows from the platform.
ALTER TABLE qualification_version ADD COLUMN registration_key VARCHAR(100) NULL AFTER registration_number;
UPDATE qualification_version
   SET registration_key = UPPER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
         registration_number, ' ', ''), '-', ''), '.', ''), '/', ''), '_', ''), '\t', ''))
 WHERE registration_number IS NOT NULL;
CREATE INDEX ix_qualification_key ON qualification_version (tenant_id, registration_key);
