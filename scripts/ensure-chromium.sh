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

bash "$(dirname "$0")/apt-install.sh" ensure-chromium "${missing[@]}"

[ -x /usr/bin/chromium ] || { echo "ensure-chromium: /usr/bin/chromium still missing" >&2; exit 1; }
/usr/bin/chromium --version
