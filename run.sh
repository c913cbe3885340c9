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

mkdir -p instance/logs
$flask worker >instance/logs/worker.log 2>&1 &
worker=$!
$flask cron >instance/logs/cron.log 2>&1 &
cron=$!
trap 'kill $worker $cron 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

echo "==> 后台 / back office: http://127.0.0.1:5000  (任务日志 / job logs: instance/logs/)"
$flask run --host 127.0.0.1 --port 5000
