-- Entrusted third-party reviewer organisations (§2.4.2): tenant records whose own sign-ins
-- (Keycloak users with the org-reviewer role) see only the verification orders assigned to them.
CREATE TABLE reviewer_organisation (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  name             VARCHAR(100)  NOT NULL,
  name_key         VARCHAR(100)  NOT NULL,
  contact          VARCHAR(254),
  active           BOOLEAN       NOT NULL,
  created_by       VARCHAR(320)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uq_reviewer_organisation_name UNIQUE (tenant_id, name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A sign-in of an organisation: the Keycloak user (the sub of its tokens) and the address it
-- signs in with. A user belongs to at most one organisation.
CREATE TABLE reviewer_member (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(31)   NOT NULL,
  organisation_id  CHAR(36)      NOT NULL,
  user_id          VARCHAR(64)   NOT NULL,
  email            VARCHAR(254)  NOT NULL,
  added_by         VARCHAR(320)  NOT NULL,
  added_at         DATETIME(6)   NOT NULL,
  CONSTRAINT uq_reviewer_member_user UNIQUE (tenant_id, user_id),
  KEY ix_reviewer_member_organisation (tenant_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- an order's assignment, and (§2.4) when its developer was reminded of the verification's expiry
ALTER TABLE verification_order
  ADD COLUMN reviewer_organisation CHAR(36) NULL,
  ADD COLUMN assigned_by VARCHAR(320) NULL,
  ADD COLUMN assigned_at DATETIME(6) NULL,
  ADD COLUMN reminded_at DATETIME(6) NULL,
  ADD KEY ix_order_reviewer (tenant_id, reviewer_organisation, state, created_at);
