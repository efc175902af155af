#!/usr/bin/env bash
# Builds the Debian package and the Windows installer on Debian.
#   packaging/build.sh          both
#   packaging/build.sh deb      the .deb only      → target/debian/wenzhou-assess_<version>-1_amd64.deb
#   packaging/build.sh windows  the installer only → target/wenzhou-assess-<version>-setup.exe
# Installs what it needs: cargo-deb (crates.io); mingw-w64 and NSIS (apt, when run as root); the
# Rust Windows target (rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
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
  out="target/wenzhou-assess-${version}-setup.exe"
  makensis -V2 -DVERSION="$version" -DOUT="../../$out" packaging/windows/installer.nsi
  ls -l "$out"
fi
