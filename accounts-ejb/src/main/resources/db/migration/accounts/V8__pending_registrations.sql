-- A pending registration has no Keycloak user until whoever holds the mailed link confirms it and
-- chooses the password (§2.1.1, §2.1.2); only the newest link of an account works.
ALTER TABLE developer_account MODIFY identity_subject VARCHAR(64) NULL;
ALTER TABLE email_confirmation ADD COLUMN superseded_at DATETIME(6) NULL AFTER used_at;
CREATE INDEX ix_confirmation_account ON email_confirmation (tenant_id, account_id);
