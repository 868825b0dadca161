-- What registration asks besides the name (§2.5.6): the app's domains, links and accounts on other
-- platforms; the optional IP allow-list of its credentials; licence and copyright documents
-- (§2.2.3, §2.2.4). Lists are kept one value per line.
ALTER TABLE application
  ADD COLUMN domains              TEXT NOT NULL DEFAULT '',
  ADD COLUMN links                TEXT NOT NULL DEFAULT '',
  ADD COLUMN third_party_accounts TEXT NOT NULL DEFAULT '',
  ADD COLUMN ip_allow_list        TEXT NOT NULL DEFAULT '';

CREATE TABLE application_document (
  id              CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id       VARCHAR(31)   NOT NULL,
  application_id  CHAR(36)      NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  media_type      VARCHAR(100)  NOT NULL,
  size_bytes      INT           NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  content         LONGBLOB      NOT NULL,
  uploaded_by     VARCHAR(320)  NOT NULL,
  uploaded_at     DATETIME(6)   NOT NULL,
  INDEX ix_application_document (tenant_id, application_id, uploaded_at),
  CONSTRAINT fk_application_document FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
