#!/usr/bin/env bash
# Runs the whole test suite: makes sure a local PostgreSQL 15 is up (tests use real SQLite and PostgreSQL),
# runs `dotnet test`, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export YQSB_TEST_POSTGRES="${YQSB_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=yiqisuban_test}"
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster 15 main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
fi
if [ "$(id -u)" = 0 ] && pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres';\"" >/dev/null
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='yiqisuban_test'\"" | grep -q 1 \
    || su postgres -c "psql -q -c 'CREATE DATABASE yiqisuban_test;'" >/dev/null
fi

log=$(mktemp)
dotnet test YiQiSuBan.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
