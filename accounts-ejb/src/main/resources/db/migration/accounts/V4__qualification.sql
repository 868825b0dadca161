-- Uploaded qualification documents (§2.2): type detected from content, size, SHA-256; never changed.
CREATE TABLE qualification_document (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id    VARCHAR(31)  NOT NULL,
  account_id   CHAR(36)     NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  media_type   VARCHAR(50)  NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  INDEX ix_document_account (tenant_id, account_id),
  CONSTRAINT fk_document_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Versions of the subject and qualification materials (§1.1, §2.2); a change is a new version.
CREATE TABLE qualification_version (
  id                   CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id            VARCHAR(31)  NOT NULL,
  account_id           CHAR(36)     NOT NULL,
  number               INT          NOT NULL,
  subject_type         VARCHAR(20)  NULL,
  subject_name         VARCHAR(200) NULL,
  number_scheme        VARCHAR(20)  NULL,
  registration_number  VARCHAR(100) NULL,
  number_validated     BOOLEAN      NOT NULL,
  contact_name         VARCHAR(200) NULL,
  contact_address      VARCHAR(500) NULL,
  contact_email        VARCHAR(254) NULL,
  contact_phone        VARCHAR(20)  NULL,
  created_at           DATETIME(6)  NOT NULL,
  created_by           VARCHAR(320) NOT NULL,
  CONSTRAINT uq_qualification_version UNIQUE (tenant_id, account_id, number),
  INDEX ix_qualification_number (tenant_id, registration_number),
  CONSTRAINT fk_qualification_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE qualification_version_document (
  version_id   CHAR(36) NOT NULL,
  position     INT      NOT NULL,
  document_id  CHAR(36) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_version_document_version FOREIGN KEY (version_id) REFERENCES qualification_version (id),
  CONSTRAINT fk_version_document_document FOREIGN KEY (document_id) REFERENCES qualification_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
