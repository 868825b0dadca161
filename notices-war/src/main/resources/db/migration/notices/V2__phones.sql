-- §6.1: SMS go to the contact phone of the materials once its developer confirmed it with a code
-- sent to it; one row per developer (the phone being confirmed, or confirmed).
CREATE TABLE notice_phone (
  id               CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)  NOT NULL,
  developer_id     CHAR(36)     NOT NULL,
  phone            VARCHAR(20)  NOT NULL,
  code_hash        CHAR(64)     NULL,
  code_sent_at     DATETIME(6)  NULL,
  code_attempts    INT          NOT NULL DEFAULT 0,
  confirmed_at     DATETIME(6)  NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_notice_phone UNIQUE (tenant_id, developer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
