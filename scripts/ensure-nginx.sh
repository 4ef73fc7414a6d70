#!/usr/bin/env bash
# Installs Debian's nginx when it is missing: tests/e2e/nginx.e2e.test.ts serves the build with the
# configuration of docs/hosting.md. The test runs nginx itself (own prefix, port and pid file); the service
# the package would start is kept from starting where no policy says so already.
set -euo pipefail

if [ -x /usr/sbin/nginx ]; then
  echo "ensure-nginx: $(/usr/sbin/nginx -v 2>&1)"
  exit 0
fi

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo -n)

# Without a policy-rc.d, installing nginx would start it on port 80; this one says "do not start services"
# for the length of the install and is removed again.
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=0
if [ ! -e "$POLICY" ] && { [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null 2>&1; }; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$POLICY" >/dev/null
  "${SUDO[@]}" chmod 755 "$POLICY"
  ADDED_POLICY=1
fi
cleanup() { if [ "$ADDED_POLICY" -eq 1 ]; then "${SUDO[@]}" rm -f "$POLICY"; fi; }
trap cleanup EXIT

bash "$(dirname "$0")/apt-install.sh" ensure-nginx nginx

[ -x /usr/sbin/nginx ] || { echo "ensure-nginx: /usr/sbin/nginx still missing" >&2; exit 1; }
/usr/sbin/nginx -v
