-- §6.4: written notices developers give the operator, with attachments, and the staff's replies.
CREATE TABLE notice_letter (
  id            CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id     VARCHAR(31)   NOT NULL,
  developer_id  CHAR(36)      NOT NULL,
  number        VARCHAR(20)   NOT NULL,
  subject       VARCHAR(200)  NOT NULL,
  body          TEXT          NOT NULL,
  state         VARCHAR(12)   NOT NULL,
  received_at   DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_notice_letter_number UNIQUE (tenant_id, number),
  INDEX ix_letter_developer (tenant_id, developer_id, received_at),
  INDEX ix_letter_state (tenant_id, state, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_letter_reply (
  id         CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id  VARCHAR(31)   NOT NULL,
  letter_id  CHAR(36)      NOT NULL,
  author     VARCHAR(320)  NOT NULL,
  body       TEXT          NOT NULL,
  at         DATETIME(6)   NOT NULL,
  INDEX ix_letter_reply (tenant_id, letter_id, at),
  CONSTRAINT fk_letter_reply FOREIGN KEY (letter_id) REFERENCES notice_letter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_letter_attachment (
  id           CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31)   NOT NULL,
  letter_id    CHAR(36)      NOT NULL,
  file_name    VARCHAR(200)  NOT NULL,
  media_type   VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  content      LONGBLOB      NOT NULL,
  uploaded_at  DATETIME(6)   NOT NULL,
  INDEX ix_letter_attachment (tenant_id, letter_id),
  CONSTRAINT fk_letter_attachment FOREIGN KEY (letter_id) REFERENCES notice_letter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
