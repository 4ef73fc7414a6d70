#!/usr/bin/env bash
# Installs Debian packages with apt for the test set-up scripts (ensure-chromium.sh, ensure-engines.sh, ensure-nginx.sh): as root,
# else through `sudo -n`; waits for another apt's lock instead of failing. Usage: apt-install.sh NAME PACKAGE...
# (NAME prefixes the messages; apt options such as --no-install-recommends may come among the packages.)
set -euo pipefail

name="$1"
shift

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "$name: missing $*, and not root and no sudo: install them with apt" >&2
  exit 1
fi

[ $# -eq 0 ] && exit 0
echo "$name: installing $*"
APT_OPTS=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
"${SUDO[@]}" apt-get "${APT_OPTS[@]}" update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" install -y -qq "$@"
