-- A tenant's prices of paid services over time (§2.3): each version in force from its effective
-- instant; money in the currency's minor units (fen), never floating point; times in UTC.
CREATE TABLE fee_version (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(31)  NOT NULL,
  service       VARCHAR(30)  NOT NULL,
  amount_minor  BIGINT       NOT NULL,
  currency      CHAR(3)      NOT NULL,
  effective_at  DATETIME(6)  NOT NULL,
  published_by  VARCHAR(320) NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_fee_version UNIQUE (tenant_id, service, effective_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
