# Keycloak's own database and user on the shared MariaDB service (docker/compose.yaml).
#
# Sourced (not executed: keep this file non-executable) by the mariadb image's entrypoint, only on the
# first start with an empty data volume, after it created MARIADB_DATABASE/MARIADB_USER. A shell script
# rather than a .sql file so that the password comes from the environment (KEYCLOAK_DB_PASSWORD).
# Character set utf8mb3, as Keycloak's database guide asks for MySQL/MariaDB (utf8mb4 is not supported).

if ! declare -F docker_process_sql >/dev/null; then
	echo "01-keycloak.sh must be sourced by the mariadb entrypoint (chmod -x it)" >&2
	exit 1
fi
if [ -z "${KEYCLOAK_DB_PASSWORD:-}" ]; then
	mysql_error "KEYCLOAK_DB_PASSWORD is not set"
fi

kc_user="$(docker_sql_escape_string_literal "${KEYCLOAK_DB_USER:-keycloak}")"
kc_password="$(docker_sql_escape_string_literal "${KEYCLOAK_DB_PASSWORD}")"

mysql_note "Creating database keycloak and user ${KEYCLOAK_DB_USER:-keycloak}"
docker_process_sql --database=mysql <<EOSQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci;
CREATE USER IF NOT EXISTS '${kc_user}'@'%' IDENTIFIED BY '${kc_password}';
GRANT ALL PRIVILEGES ON keycloak.* TO '${kc_user}'@'%';
EOSQL

unset kc_user kc_password
