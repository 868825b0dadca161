-- §6.1: a tenant's own wording of the notices other modules ask for, per topic, in both languages
-- (the platform's wording in the templates bundle otherwise).
CREATE TABLE notice_template (
  id          CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(31)   NOT NULL,
  topic       VARCHAR(64)   NOT NULL,
  subject_zh  VARCHAR(200)  NOT NULL,
  subject_en  VARCHAR(200)  NOT NULL,
  text_zh     TEXT          NOT NULL,
  text_en     TEXT          NOT NULL,
  updated_by  VARCHAR(320)  NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_notice_template UNIQUE (tenant_id, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
