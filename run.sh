#!/usr/bin/env bash
# 安装并启动 / installs everything and starts the product on the embedded default:
# SQLite in instance/, demo data, a local Redis, the RQ worker and scheduler, and the web app
# at http://127.0.0.1:5000 (Ctrl-C stops all of them).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
scripts/ensure-redis.sh
export TZ=Asia/Shanghai
flask=".venv/bin/flask --app app"

$flask init-db
$flask demo

echo "==> 后台已启动 / back office at http://127.0.0.1:5000"
exec $flask run --host 127.0.0.1 --port 5000
