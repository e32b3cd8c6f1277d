# Shared by backup.sh and restore.sh (sourced, not run): where the database is and how to log in.
#
#   PENDEL_DB_HOST, PENDEL_DB_PORT, PENDEL_DB_NAME, PENDEL_DB_USER, PENDEL_DB_PASSWORD
#       the database; any that is unset is taken from SPRING_DATASOURCE_URL
#       (jdbc:mariadb://host:port/name), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD,
#       the same variables the application reads
#   MARIADB_BIN       folder with the mariadb and mariadb-dump programs (default: from PATH)
#   PENDEL_DB_CLIENT_OPTIONS
#                     more client options, e.g. "--ssl-ca=/etc/ssl/db-ca.pem" or "--skip-ssl"
#
# The password goes to the client in an option file readable only by this user, never on the
# command line (where `ps` would show it).

url="${SPRING_DATASOURCE_URL:-}"
url_rest="${url#jdbc:mariadb://}"
url_rest="${url_rest#jdbc:mysql://}"
url_hostport="${url_rest%%/*}"
url_name="${url_rest#*/}"
url_name="${url_name%%\?*}"
url_host="${url_hostport%%:*}"
url_port=""
case "$url_hostport" in *:*) url_port="${url_hostport##*:}" ;; esac
[ -n "$url" ] || { url_host=""; url_name=""; }

db_host="${PENDEL_DB_HOST:-${url_host:-127.0.0.1}}"
db_port="${PENDEL_DB_PORT:-${url_port:-3306}}"
db_name="${PENDEL_DB_NAME:-${url_name:-pendel}}"
db_user="${PENDEL_DB_USER:-${SPRING_DATASOURCE_USERNAME:-pendel}}"
db_password="${PENDEL_DB_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}"

case "$db_name" in
  *[!A-Za-z0-9_]* | "") echo "Invalid database name: '$db_name'" >&2; exit 2 ;;
esac

if [ -n "${MARIADB_BIN:-}" ]; then
  mariadb_cmd="$MARIADB_BIN/mariadb"
  mariadb_dump_cmd="$MARIADB_BIN/mariadb-dump"
else
  mariadb_cmd="$(command -v mariadb || command -v mysql || echo mariadb)"
  mariadb_dump_cmd="$(command -v mariadb-dump || command -v mysqldump || echo mariadb-dump)"
fi

options_file="$(mktemp)"
chmod 600 "$options_file"
trap 'rm -f "$options_file"' EXIT
{
  echo "[client]"
  echo "host=$db_host"
  echo "port=$db_port"
  echo "user=$db_user"
  [ -z "$db_password" ] || echo "password=\"$db_password\""
} >"$options_file"
