#!/usr/bin/env bash
# Starts a local Redis when none answers on REDIS_URL's default port (127.0.0.1:6379).
set -euo pipefail
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then exit 0; fi
echo "==> 启动本地 Redis / starting a local Redis"
mkdir -p /tmp/hotline-redis
redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
  --dir /tmp/hotline-redis --logfile /tmp/hotline-redis/redis.log
for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && exit 0; sleep 0.1; done
echo "Redis 启动失败，见 /tmp/hotline-redis/redis.log" >&2
exit 1
