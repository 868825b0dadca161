-- Single-use, expiring links mailed to registered addresses (§2.1.1, §2.1.2); only token hashes kept.
CREATE TABLE email_confirmation (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31) NOT NULL,
  account_id   CHAR(36)    NOT NULL,
  token_hash   CHAR(64)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  used_at      DATETIME(6) NULL,
  CONSTRAINT uq_confirmation_token UNIQUE (tenant_id, token_hash),
  CONSTRAINT fk_confirmation_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of an account's status: named operation, from, to, actor, reason, time (UTC).
CREATE TABLE account_status_change (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31)   NOT NULL,
  account_id   CHAR(36)      NOT NULL,
  from_status  VARCHAR(20)   NULL,
  to_status    VARCHAR(20)   NOT NULL,
  action       VARCHAR(20)   NOT NULL,
  actor        VARCHAR(320)  NOT NULL,
  reason       VARCHAR(1000) NULL,
  changed_at   DATETIME(6)   NOT NULL,
  INDEX ix_status_change_account (tenant_id, account_id, changed_at),
  CONSTRAINT fk_status_change_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Accounts registered before confirmation existed keep their status; record where their history starts.
INSERT INTO account_status_change (id, tenant_id, account_id, from_status, to_status, action, actor, reason, changed_at)
  SELECT UUID(), tenant_id, id, NULL, status, 'register', email, 'registered before status history', created_at
  FROM developer_account;
