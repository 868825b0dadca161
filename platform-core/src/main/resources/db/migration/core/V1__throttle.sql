-- Uses of operations anyone can trigger, per tenant, per key (SHA-256), per fixed window (UTC).
CREATE TABLE throttle_window (
  tenant_id     VARCHAR(31) NOT NULL,
  bucket        CHAR(64)    NOT NULL,
  window_start  DATETIME(6) NOT NULL,
  hits          INT         NOT NULL,
  PRIMARY KEY (tenant_id, bucket, window_start),
  INDEX ix_throttle_age (tenant_id, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
