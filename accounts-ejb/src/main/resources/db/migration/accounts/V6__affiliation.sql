-- Accounts staff declared affiliated (§5.7); one declared group per account.
CREATE TABLE affiliation (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31)   NOT NULL,
  group_id     CHAR(36)      NOT NULL,
  account_id   CHAR(36)      NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  declared_by  VARCHAR(320)  NOT NULL,
  declared_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_affiliation_account UNIQUE (tenant_id, account_id),
  INDEX ix_affiliation_group (tenant_id, group_id),
  CONSTRAINT fk_affiliation_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
