#!/usr/bin/env bash
# 运行全部测试 / runs the whole test suite: on SQLite, then on PostgreSQL when one answers
# (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/test).
# REQUIRE_POSTGRES=1 (CI) makes a missing PostgreSQL a failure instead of a skip.
set -uo pipefail
cd "$(dirname "$0")"
scripts/install.sh --test || exit 1
scripts/ensure-redis.sh || exit 1
export TZ=Asia/Shanghai
pg_url=${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}

status=0
echo "==> 测试 / tests on SQLite"
env -u TEST_DATABASE_URL .venv/bin/pytest "$@" || status=1

if psql "$pg_url" -Atc 'select 1' >/dev/null 2>&1; then
  echo "==> 测试 / tests on PostgreSQL"
  TEST_DATABASE_URL=$pg_url .venv/bin/pytest "$@" || status=1
elif [[ ${REQUIRE_POSTGRES:-0} == 1 ]]; then
  echo "PostgreSQL 不可用：$pg_url" >&2; status=1
else
  echo "==> 跳过 PostgreSQL 测试：$pg_url 无法连接 / PostgreSQL not reachable, skipped"
fi
exit $status
