-- Notices (§6.1–§6.3): one row per notice whatever its audience (creating one is O(1)); the fan-out
-- writes one delivery per recipient and channel, whose unique key is the idempotency key of the
-- delivery: nothing is sent twice on a channel to a recipient, nothing is lost after a crash.
CREATE TABLE notice (
  id                     CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id              VARCHAR(31)   NOT NULL,
  topic                  VARCHAR(64)   NOT NULL,
  kind                   VARCHAR(12)   NOT NULL,
  audience_type          VARCHAR(12)   NOT NULL,
  audience_developer     CHAR(36)      NULL,
  seg_status             VARCHAR(20)   NULL,
  seg_subject_type       VARCHAR(30)   NULL,
  seg_verified           BOOLEAN       NULL,
  seg_has_approved_apps  BOOLEAN       NULL,
  seg_category           VARCHAR(20)   NULL,
  channels               VARCHAR(100)  NOT NULL,
  subject_zh             VARCHAR(200)  NOT NULL,
  subject_en             VARCHAR(200)  NOT NULL,
  text_zh                TEXT          NOT NULL,
  text_en                TEXT          NOT NULL,
  dedupe_key             VARCHAR(200)  NOT NULL,
  state                  VARCHAR(16)   NOT NULL,
  send_at                DATETIME(6)   NOT NULL,
  cursor_id              CHAR(36)      NULL,
  recipients             INT           NOT NULL DEFAULT 0,
  created_by             VARCHAR(320)  NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  fanned_out_at          DATETIME(6)   NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_notice_dedupe UNIQUE (tenant_id, dedupe_key),
  INDEX ix_notice_state (tenant_id, state, send_at),
  INDEX ix_notice_created (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_delivery (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  notice_id        CHAR(36)      NOT NULL,
  developer_id     CHAR(36)      NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  address          VARCHAR(500)  NULL,
  state            VARCHAR(12)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NULL,
  last_error       VARCHAR(500)  NULL,
  sent_at          DATETIME(6)   NULL,
  read_at          DATETIME(6)   NULL,
  archived_at      DATETIME(6)   NULL,
  acknowledged_at  DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_notice_delivery UNIQUE (notice_id, developer_id, channel),
  INDEX ix_delivery_due (tenant_id, state, next_attempt_at),
  INDEX ix_delivery_developer (tenant_id, developer_id, channel, created_at),
  INDEX ix_delivery_notice (tenant_id, notice_id, state),
  CONSTRAINT fk_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- §6.3: a developer's opt-outs of commercial messages, per channel (legal notices ignore them)
CREATE TABLE notice_opt_out (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(31)  NOT NULL,
  developer_id  CHAR(36)     NOT NULL,
  channel       VARCHAR(16)  NOT NULL,
  at            DATETIME(6)  NOT NULL,
  CONSTRAINT uq_notice_opt_out UNIQUE (tenant_id, developer_id, channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
