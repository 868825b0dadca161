-- Applications (§2.5–§2.8), their history, and the tenant's protected marks (§2.5.6, §2.5.7).
CREATE TABLE application (
  id                 CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id          VARCHAR(31)   NOT NULL,
  developer_id       CHAR(36)      NOT NULL,
  name               VARCHAR(50)   NOT NULL,
  name_key           VARCHAR(200)  NOT NULL,
  description        VARCHAR(2000) NOT NULL,
  category           VARCHAR(20)   NOT NULL,
  website            VARCHAR(500),
  privacy_policy_url VARCHAR(500)  NOT NULL,
  customer_service   VARCHAR(200)  NOT NULL,
  claims_contact     VARCHAR(200)  NOT NULL,
  powered_by_ack     BOOLEAN       NOT NULL,
  state              VARCHAR(20)   NOT NULL,
  app_id             VARCHAR(40),
  secret_issued_at   DATETIME(6),
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  -- names are unique per tenant after normalisation, while the app is not offline
  name_claim         VARCHAR(200)  AS (CASE WHEN state = 'OFFLINE' THEN NULL ELSE name_key END) PERSISTENT,
  CONSTRAINT uq_application_name UNIQUE (tenant_id, name_claim),
  CONSTRAINT uq_application_app_id UNIQUE (app_id),
  INDEX ix_application_developer (tenant_id, developer_id),
  INDEX ix_application_state (tenant_id, state, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_event (
  id              CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id       VARCHAR(31)   NOT NULL,
  application_id  CHAR(36)      NOT NULL,
  action          VARCHAR(30)   NOT NULL,
  actor           VARCHAR(320)  NOT NULL,
  reason          VARCHAR(2000),
  at              DATETIME(6)   NOT NULL,
  INDEX ix_application_event (tenant_id, application_id, at),
  CONSTRAINT fk_application_event FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE protected_mark (
  id          CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(31)   NOT NULL,
  mark        VARCHAR(100)  NOT NULL,
  mark_key    VARCHAR(400)  NOT NULL,
  created_by  VARCHAR(320)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_protected_mark UNIQUE (tenant_id, mark_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
