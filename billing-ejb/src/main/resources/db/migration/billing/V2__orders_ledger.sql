-- Verification orders (§2.4) and the ledger of money received and paid back. Money in minor units
-- (fen), never floating point; times in UTC.
CREATE TABLE verification_order (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  account_id       CHAR(36)      NOT NULL,
  developer        VARCHAR(320)  NOT NULL,
  service          VARCHAR(30)   NOT NULL,
  amount_minor     BIGINT        NOT NULL,
  currency         CHAR(3)       NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  pay_by           DATETIME(6)   NOT NULL,
  provider         VARCHAR(20),
  transaction_id   VARCHAR(64),
  paid_at          DATETIME(6),
  decided_by       VARCHAR(320),
  decided_at       DATETIME(6),
  reasons          TEXT,
  valid_until      DATETIME(6),
  refunded_at      DATETIME(6),
  refunded_by      VARCHAR(320),
  row_version      BIGINT        NOT NULL DEFAULT 0,
  KEY ix_order_account (tenant_id, account_id, created_at),
  KEY ix_order_state (tenant_id, state, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the billing module writes here. A payment is booked once per provider transaction (the
-- unique key holds against any number of replayed notifications); a refund is its own entry with a
-- negative amount.
CREATE TABLE ledger_entry (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  order_id         CHAR(36)      NOT NULL,
  kind             VARCHAR(10)   NOT NULL,
  amount_minor     BIGINT        NOT NULL,
  currency         CHAR(3)       NOT NULL,
  provider         VARCHAR(20)   NOT NULL,
  transaction_id   VARCHAR(64)   NOT NULL,
  booked_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uq_ledger_transaction UNIQUE (tenant_id, provider, transaction_id),
  KEY ix_ledger_booked (tenant_id, booked_at),
  KEY ix_ledger_order (tenant_id, order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tenant's WeChat Pay merchant settings: the API v3 key and the platform certificates' public
-- keys by serial, to verify and decrypt payment notifications.
CREATE TABLE wechat_pay_settings (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  merchant_id      VARCHAR(32)   NOT NULL,
  api_v3_key       VARCHAR(64)   NOT NULL,
  certificates     TEXT          NOT NULL,
  updated_by       VARCHAR(320)  NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uq_wechat_pay_tenant UNIQUE (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
