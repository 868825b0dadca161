-- The sender of a tenant's mail (From with the tenant's name) and where replies go.
ALTER TABLE tenant ADD COLUMN mail_from VARCHAR(254) NULL;
ALTER TABLE tenant ADD COLUMN mail_reply_to VARCHAR(254) NULL;
