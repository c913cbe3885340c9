#!/usr/bin/env bash
# 运行全部测试 / runs the whole test suite: on SQLite and, side by side, on PostgreSQL when one
# answers (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/test). The two runs use
# Redis databases 14 and 15 and a PostgreSQL schema of their own, so they never meet; the
# SQLite run prints as it goes, the PostgreSQL run's output follows when both are done.
# REQUIRE_POSTGRES=1 (CI) makes a missing PostgreSQL a failure instead of a skip.
set -uo pipefail
cd "$(dirname "$0")"
scripts/install.sh --test || exit 1
scripts/ensure-redis.sh || exit 1
export TZ=Asia/Shanghai
pg_url=${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}
redis_base=redis://127.0.0.1:6379

status=0
pg_pid=""
pg_log=$(mktemp -t hotline-pg-tests.XXXXXX)
trap 'rm -f "$pg_log"; [[ -n $pg_pid ]] && kill "$pg_pid" 2>/dev/null' EXIT
if psql "$pg_url" -Atc 'select 1' >/dev/null 2>&1; then
  echo "==> 测试 / tests on PostgreSQL: 后台运行，结果随后打印 / running alongside, output follows"
  TEST_DATABASE_URL=$pg_url TEST_REDIS_URL=$redis_base/15 .venv/bin/pytest "$@" >"$pg_log" 2>&1 &
  pg_pid=$!
elif [[ ${REQUIRE_POSTGRES:-0} == 1 ]]; then
  echo "PostgreSQL 不可用：$pg_url" >&2; status=1
else
  echo "==> 跳过 PostgreSQL 测试：$pg_url 无法连接 / PostgreSQL not reachable, skipped"
fi

echo "==> 测试 / tests on SQLite"
env -u TEST_DATABASE_URL TEST_REDIS_URL=$redis_base/14 .venv/bin/pytest "$@" || status=1

if [[ -n $pg_pid ]]; then
  wait "$pg_pid" || status=1
  pg_pid=""
  echo "==> 测试 / tests on PostgreSQL"
  cat "$pg_log"
fi
exit $status
