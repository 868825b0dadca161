-- AppSecrets are no longer derived with a tenant key: Keycloak keeps each secret's SHA-256 digest
-- (keycloak-provider). The keys could still derive the client secrets of the old scheme: gone.
DROP TABLE IF EXISTS app_credential_key;
