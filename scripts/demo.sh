#!/usr/bin/env bash
# The main job on the bundled example (fixtures/lb/nginx: a production-style load balancer with
# weighted upstreams, TLS, WebSocket and rate limits), run with the committed bundle dist/cli.js -
# nothing to install but Node. Shows what a user sees: a clean check, then a broken change in an
# included file reported at that file's line, as in the PR annotations.
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

step "nginx-gitops parse --crossplane fixtures/lb/nginx/nginx.conf --prefix /etc/nginx   # crossplane's payload (first lines)"
$cli parse --crossplane --prefix /etc/nginx fixtures/lb/nginx/nginx.conf | head -n 20
echo "..."
exit 0
