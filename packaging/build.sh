#!/usr/bin/env bash
# Builds the Debian package and the Windows installer on Debian.
#   packaging/build.sh          both
#   packaging/build.sh deb      the .deb only
#   packaging/build.sh windows  the Windows installer only
# Installs what it needs (cargo-deb; mingw-w64 and NSIS from Debian; the Rust Windows target).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
version="$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')"
apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

if [ "$what" = all ] || [ "$what" = deb ]; then
  command -v cargo-deb >/dev/null 2>&1 || cargo install cargo-deb --locked
  cargo build --release --locked
  cargo deb --no-build --locked
  ls -l target/debian/*.deb
fi

if [ "$what" = all ] || [ "$what" = windows ]; then
  apt_install mingw-w64 nsis
  rustup target add x86_64-pc-windows-gnu
  cargo build --release --locked --target x86_64-pc-windows-gnu
  (cd packaging/windows && makensis -V2 -DVERSION="$version" installer.nsi)
  ls -l target/wenzhou-assess-setup.exe
fi
