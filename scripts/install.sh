#!/usr/bin/env bash
# Installs what the product needs, only what is missing: Debian/Ubuntu packages, a Python
# virtual environment in .venv with the pinned requirements, and the schema.
#   scripts/install.sh          runtime
#   scripts/install.sh --test   runtime + test tools (chromium for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3 python3-venv python3-dev redis-server fonts-noto-cjk libharfbuzz-subset0
          libpango-1.0-0 libpangoft2-1.0-0 poppler-utils postgresql-client)
[[ "${1:-}" == "--test" ]] && packages+=(chromium)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "==> 安装系统软件包 / installing system packages: ${missing[*]}"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  # chromium is only for the browser tests; some systems (Ubuntu) ship it as a snap only.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
    || { echo "!! 部分软件包安装失败，重试核心软件包"; \
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
           $(printf '%s\n' "${missing[@]}" | grep -v '^chromium$'); }
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "==> 创建 Python 虚拟环境 / creating .venv"
  python3 -m venv .venv
fi
stamp=.venv/.requirements.sha
want=$(cat requirements.txt requirements-test.txt | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "==> 安装 Python 依赖 / installing pinned Python packages"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
  echo "$want" > "$stamp"
fi
mkdir -p instance
