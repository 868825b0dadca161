-- Accounts first registered with a QQ number (§2.1.1): no email until one is linked, then permanent.
ALTER TABLE developer_account MODIFY email VARCHAR(254) NULL;
ALTER TABLE developer_account ADD COLUMN qq_number VARCHAR(11) NULL AFTER email;
ALTER TABLE developer_account ADD CONSTRAINT uq_account_qq UNIQUE (tenant_id, qq_number);
-- The address a confirmation link was mailed to (the account's own, or one being linked).
ALTER TABLE email_confirmation ADD COLUMN email VARCHAR(254) NULL AFTER account_id;
UPDATE email_confirmation c JOIN developer_account a ON a.id = c.account_id SET c.email = a.email;
