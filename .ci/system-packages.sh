#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when missing.
# Usage: system-packages.sh GROUP...   groups: qt fonts office pdftools signing xvfb build postgres
set -euo pipefail
declare -A GROUPS_PKGS=(
  [qt]="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
  [fonts]="fontconfig fonts-liberation2"
  [office]="libreoffice-writer-nogui libreoffice-calc-nogui"
  [pdftools]="poppler-utils"
  # PAdES tests: a software PKCS#11 token, its tool, and NSS certutil for pdfsig's trust db
  [signing]="softhsm2 opensc libnss3-tools poppler-utils"
  [postgres]="postgresql"  # the office-server tests start a throw-away cluster (initdb/pg_ctl)
  [build]="binutils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxkbcommon-x11-0"
  [xvfb]="xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0"
)
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing to do here
missing=()
for group in "$@"; do
  for pkg in ${GROUPS_PKGS[$group]:?unknown group $group}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/secretary-apt.log 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/secretary-apt.log 2>&1 \
    || { echo "apt-get failed; see /tmp/secretary-apt.log" >&2; tail -5 /tmp/secretary-apt.log >&2; exit 1; }
fi
