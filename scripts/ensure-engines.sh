#!/usr/bin/env bash
# Installs what the WebKit and Firefox e2e journeys (tests/e2e/engines/) need from Debian's packages when
# it is missing: WebKitGTK's WebDriver and MiniBrowser, Xvfb (MiniBrowser has no headless mode), Firefox
# ESR (driven by puppeteer-core over WebDriver BiDi), espeak-ng voices, and the sv_SE.UTF-8 locale (so
# WebKit's navigator.language is Swedish). We never download a browser or a driver of our own.
# About 875 MB the first time; nothing when all is present.
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

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-engines: missing ${missing[*]:-the sv_SE.UTF-8 locale}, and not root and no sudo: install with apt (see this script)" >&2
  exit 1
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "ensure-engines: installing ${missing[*]}"
  # Wait for another apt (e.g. a second session) instead of failing on its lock.
  APT_OPTS=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
  "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${APT_OPTS[@]}" install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! has_locale; then
  echo "ensure-engines: generating the sv_SE.UTF-8 locale"
  "${SUDO[@]}" localedef -i sv_SE -c -f UTF-8 -A /usr/share/locale/locale.alias sv_SE.UTF-8
fi

for tool in WebKitWebDriver Xvfb firefox-esr; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ensure-engines: $tool still missing" >&2; exit 1; }
done
has_locale || { echo "ensure-engines: sv_SE.UTF-8 still missing" >&2; exit 1; }
firefox-esr --version
