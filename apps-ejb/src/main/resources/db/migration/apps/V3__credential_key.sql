-- Each tenant's key that turns an AppSecret into the secret of the app's Keycloak client, so only
-- the platform's token endpoint (which checks the IP allow-list) can use an AppSecret.
CREATE TABLE app_credential_key (
  tenant_id   VARCHAR(31)  NOT NULL PRIMARY KEY,
  secret_key  VARBINARY(32) NOT NULL,
  created_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
