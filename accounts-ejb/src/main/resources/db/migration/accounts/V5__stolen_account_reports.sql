-- Reports of stolen accounts (§2.1.6), accepted even when incomplete (missing = what is lacking).
CREATE TABLE stolen_account_report (
  id              CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id       VARCHAR(31)  NOT NULL,
  account_email   VARCHAR(254) NULL,
  account_id      CHAR(36)     NULL,
  reporter_name   VARCHAR(254) NULL,
  reporter_email  VARCHAR(254) NULL,
  reporter_phone  VARCHAR(30)  NULL,
  identity_info   TEXT         NULL,
  facts           TEXT         NULL,
  requests        TEXT         NULL,
  missing         VARCHAR(200) NULL,
  status          VARCHAR(20)  NOT NULL,
  received_at     DATETIME(6)  NOT NULL,
  reporter_ip     VARCHAR(45)  NULL,
  INDEX ix_report_queue (tenant_id, received_at),
  CONSTRAINT fk_report_account FOREIGN KEY (account_id) REFERENCES developer_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each step of handling a report, with its time and actor.
CREATE TABLE stolen_report_step (
  id         CHAR(36)     NOT NULL PRIMARY KEY,
  tenant_id  VARCHAR(31)  NOT NULL,
  report_id  CHAR(36)     NOT NULL,
  seq        INT          NOT NULL,
  step       VARCHAR(40)  NOT NULL,
  actor      VARCHAR(320) NOT NULL,
  note       TEXT         NULL,
  at         DATETIME(6)  NOT NULL,
  INDEX ix_step_report (tenant_id, report_id, at),
  CONSTRAINT fk_step_report FOREIGN KEY (report_id) REFERENCES stolen_account_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
