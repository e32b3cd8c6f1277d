#!/usr/bin/env bash
# Backs up Pendel's database (every table, including the homework attachments, which are stored
# in it) into one compressed SQL file, consistently and without stopping the application:
#
#   db/backup/backup.sh /var/backups/pendel/pendel-$(date +%F-%H%M).sql.gz
#
# --single-transaction reads all tables as one snapshot of InnoDB (all of Pendel's tables are
# InnoDB), so users can go on working. Connection settings: see connection.sh (the application's
# SPRING_DATASOURCE_* variables are enough). The user needs SELECT, SHOW VIEW and TRIGGER on the
# schema. Restore with restore.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 FILE.sql.gz" >&2; exit 2; }
target="$1"
# shellcheck source=connection.sh
. "$here/connection.sh"

started=$(date +%s)
partial="$target.partial"
# shellcheck disable=SC2086
"$mariadb_dump_cmd" --defaults-extra-file="$options_file" ${PENDEL_DB_CLIENT_OPTIONS:-} \
  --single-transaction --quick --routines --triggers --no-tablespaces \
  --default-character-set=utf8mb4 --max-allowed-packet=1G \
  "$db_name" | gzip -6 >"$partial"
# the dump ends with this line only when it ran to the end
gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed' \
  || { echo "The dump of $db_name is incomplete; $partial kept for inspection" >&2; exit 1; }
mv "$partial" "$target"
echo "Backed up $db_name on $db_host:$db_port to $target ($(du -h "$target" | cut -f1)) in $(( $(date +%s) - started )) s"
