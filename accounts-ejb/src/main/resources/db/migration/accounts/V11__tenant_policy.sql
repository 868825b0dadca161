-- §2.1.3, §2.8: the tenant's policy whether a restricted account's applications stop serving users
-- (default: they go on; a restriction withholds new and paid services).
ALTER TABLE tenant ADD COLUMN restriction_closes_apps BOOLEAN NOT NULL DEFAULT FALSE;
