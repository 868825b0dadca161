-- Versions of each tenant's developer service agreement (§8.1); never changed once published.
CREATE TABLE agreement_version (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(31)  NOT NULL,
  label         VARCHAR(32)  NOT NULL,
  title         VARCHAR(200) NOT NULL,
  body          MEDIUMTEXT   NOT NULL,
  effective_at  DATETIME(6)  NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  published_by  VARCHAR(320) NOT NULL,
  CONSTRAINT uq_agreement_label UNIQUE (tenant_id, label),
  INDEX ix_agreement_effective (tenant_id, effective_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Acceptances (§8.1) and written refusals (§5.1, §6.4): version, time, IP address, user agent.
CREATE TABLE agreement_decision (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31)  NOT NULL,
  account_id   CHAR(36)     NOT NULL,
  version_id   CHAR(36)     NOT NULL,
  accepted     BOOLEAN      NOT NULL,
  statement    TEXT         NULL,
  decided_at   DATETIME(6)  NOT NULL,
  ip_address   VARCHAR(45)  NULL,
  user_agent   VARCHAR(500) NULL,
  INDEX ix_decision_account (tenant_id, account_id, version_id),
  CONSTRAINT fk_decision_account FOREIGN KEY (account_id) REFERENCES developer_account (id),
  CONSTRAINT fk_decision_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
