-- Platform-level registry of operators (tenants); not tenant-scoped itself.
CREATE TABLE tenant (
  id            VARCHAR(31)  NOT NULL PRIMARY KEY,
  display_name  VARCHAR(200) NOT NULL,
  time_zone     VARCHAR(64)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Developer accounts (§2.1.1): one per email address within a tenant.
CREATE TABLE developer_account (
  id                CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id         VARCHAR(31)  NOT NULL,
  email             VARCHAR(254) NOT NULL,
  display_name      VARCHAR(100) NULL,
  status            VARCHAR(20)  NOT NULL,
  identity_subject  VARCHAR(64)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  version           BIGINT       NOT NULL,
  CONSTRAINT uq_account_email UNIQUE (tenant_id, email),
  CONSTRAINT uq_account_subject UNIQUE (tenant_id, identity_subject),
  CONSTRAINT fk_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
