#!/usr/bin/env bash
# Installs what the WebKit and Firefox e2e journeys (tests/e2e/engines/) need from Debian's packages when
# it is missing: WebKitGTK's WebDriver and MiniBrowser, Xvfb (MiniBrowser has no headless mode), Firefox
# ESR (driven by puppeteer-core over WebDriver BiDi), espeak-ng voices, and the sv_SE.UTF-8 locale (so
# WebKit's navigator.language is Swedish). We never download a browser or a driver of our own.
# Several hundred MB the first time; nothing when all is present.
set -euo pipefail

missing=()
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
dpkg -s speech-dispatcher-espeak-ng >/dev/null 2>&1 || missing+=(speech-dispatcher-espeak-ng)
# localedef is in libc-bin; the sv_SE definition it compiles comes with `locales`.
[ -f /usr/share/i18n/locales/sv_SE ] || missing+=(locales)
has_locale() { locale -a 2>/dev/null | grep -qix 'sv_SE\.utf-\?8'; }

if [ ${#missing[@]} -eq 0 ] && has_locale; then
  echo "ensure-engines: WebKitWebDriver, Xvfb, firefox-esr, voices and sv_SE.UTF-8 are present"
  exit 0
fi

# Recommends (codecs, portals, fonts) are not needed to drive the two browsers; leaving them out saves space and time.
[ ${#missing[@]} -eq 0 ] || bash "$(dirname "$0")/apt-install.sh" ensure-engines --no-install-recommends "${missing[@]}"

if ! has_locale; then
  echo "ensure-engines: generating the sv_SE.UTF-8 locale"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo -n); fi
  "${SUDO[@]}" localedef -i sv_SE -c -f UTF-8 -A /usr/share/locale/locale.alias sv_SE.UTF-8
fi

for tool in WebKitWebDriver Xvfb firefox-esr; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ensure-engines: $tool still missing" >&2; exit 1; }
done
has_locale || { echo "ensure-engines: sv_SE.UTF-8 still missing" >&2; exit 1; }
firefox-esr --version
