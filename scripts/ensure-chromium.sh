#!/usr/bin/env bash
# Installs what the e2e tests need from Debian's packages when it is missing: Chromium (driven by
# playwright-core; we never download a browser of our own), pdftotext (poppler-utils, for print/PDF
# checks) and Noto fonts (so screenshots of every script render the same on every machine).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "ensure-chromium: chromium, pdftotext and Noto fonts are present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-chromium: missing ${missing[*]}, and not root and no sudo: install them with apt" >&2
  exit 1
fi

echo "ensure-chromium: installing ${missing[*]}"
# Wait for another apt (e.g. a second session) instead of failing on its lock.
APT_OPTS=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
"${SUDO[@]}" apt-get "${APT_OPTS[@]}" update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get "${APT_OPTS[@]}" install -y -qq "${missing[@]}"

[ -x /usr/bin/chromium ] || { echo "ensure-chromium: /usr/bin/chromium still missing" >&2; exit 1; }
/usr/bin/chromium --version
