#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (a new server, or a new schema):
#
#   db/backup/restore.sh /var/backups/pendel/pendel-2026-11-30-0200.sql.gz
#
# The schema is created when missing; when it already holds tables the restore stops, so a
# backup is never mixed into live data (drop or rename the old schema first, deliberately).
# Then start Pendel on it: Flyway finds its history in the restored flyway_schema_history, only
# validates, and migrates only when the application is newer than the backup.
# Connection settings: see connection.sh. The user needs all privileges on the schema.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 FILE.sql.gz" >&2; exit 2; }
source_file="$1"
[ -r "$source_file" ] || { echo "Cannot read $source_file" >&2; exit 2; }
# shellcheck source=connection.sh
. "$here/connection.sh"

run_sql() {
  # shellcheck disable=SC2086
  "$mariadb_cmd" --defaults-extra-file="$options_file" ${PENDEL_DB_CLIENT_OPTIONS:-} \
    --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}

started=$(date +%s)
run_sql -e "CREATE DATABASE IF NOT EXISTS \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(run_sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_name'")
if [ "$tables" != "0" ]; then
  echo "The database $db_name on $db_host:$db_port already has $tables tables; restore only into an empty one." >&2
  exit 1
fi
gzip -dc "$source_file" | run_sql --max-allowed-packet=1G "$db_name"
restored=$(run_sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_name'")
echo "Restored $source_file into $db_name on $db_host:$db_port ($restored tables) in $(( $(date +%s) - started )) s"
