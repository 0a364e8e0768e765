#!/usr/bin/env bash
# The main job on the bundled example (fixtures/lb/nginx: a production-style load balancer with
# weighted upstreams, TLS, WebSocket and rate limits), run with the committed bundle dist/cli.js -
# nothing to install but Node (nginx -t runs where nginx is installed). Shows what a user sees: a
# clean check, then a broken change in an included file reported at that file's line, as in the PR
# annotations, then nginx -t in the sandbox; then the whole cycle through the action on a lab of
# load balancers (where the machine allows it: Linux, root).
set -uo pipefail
cd "$(dirname "$0")/.."
cli="node $PWD/dist/cli.js"
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

step nginx-gitops check fixtures/lb/nginx --prefix /etc/nginx
$cli check fixtures/lb/nginx --prefix /etc/nginx || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r fixtures/lb/nginx "$work/nginx"
# a change a reviewer could miss: a missing semicolon and a typo in a shared snippet
sed -i 's|proxy_read_timeout 30s;|proxy_read_timeout 30s|; s|proxy_connect_timeout|proxy_conect_timeout|' "$work/nginx/snippets/proxy.conf"
step "nginx-gitops check nginx --prefix /etc/nginx   # after breaking snippets/proxy.conf"
(cd "$work" && $cli check nginx --prefix /etc/nginx)
status=$?
echo "(exit $status: 1 means errors were found)"
[ "$status" = 1 ] || exit 1

step "nginx-gitops check nginx --prefix /etc/nginx --format github   # what the PR annotations carry"
(cd "$work" && $cli check nginx --prefix /etc/nginx --format github)

# nginx -t in the sandbox, where an nginx is installed (scripts/test.sh installs Debian's)
nginx_bin=$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)
if [ -n "$nginx_bin" ]; then
  step "nginx-gitops check fixtures/lb/nginx --prefix /etc/nginx --nginx-test local   # real nginx -t, stand-ins for production-only files and hosts"
  $cli check fixtures/lb/nginx --prefix /etc/nginx --nginx-test local --nginx-bin "$nginx_bin" || exit 1
  rm -rf "$work/nginx" && cp -r fixtures/lb/nginx "$work/nginx"
  echo 'proxy_next_upstream bogus;' >> "$work/nginx/snippets/proxy.conf"
  step "nginx-gitops check nginx --prefix /etc/nginx --nginx-test local   # a value only nginx itself checks"
  (cd "$work" && $cli check nginx --prefix /etc/nginx --nginx-test local --nginx-bin "$nginx_bin")
  echo "(exit $?)"
else
  step "nginx -t in the sandbox: skipped, no nginx installed here (bash scripts/test.sh installs it)"
fi

step "nginx-gitops parse --crossplane fixtures/lb/nginx/nginx.conf --prefix /etc/nginx   # crossplane's payload (first lines)"
$cli parse --crossplane --prefix /etc/nginx fixtures/lb/nginx/nginx.conf | head -n 20
echo "..."

# The whole cycle - PR check and plan comment, deploy, a failing merge rolled back, a rollback, a
# drift check - through the bundled action on a lab of load balancers on loopback. The lab needs
# Linux and root (namespaces), sshd and nginx: installed like the tests install them.
step "the whole cycle on a lab of three load balancers (scripts/demo-fleet.ts, the action as the runner starts it)"
if [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ]; then
  bash scripts/test.sh --install-only || exit 1
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error || exit 1; fi
  node --import tsx scripts/demo-fleet.ts || exit 1
else
  echo "skipped: the lab needs Linux and root (mount and pid namespaces); this is $(uname -s), uid $(id -u)"
fi
exit 0
