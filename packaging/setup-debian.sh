#!/usr/bin/env bash
# Installs what building, running and testing need on a fresh Debian (or a Debian derivative such as
# 统信 UOS or 麒麟), and nothing that is already there: a C toolchain (for the bundled SQLite and the
# linker), the libraries the window loads at run time (Mesa's OpenGL/EGL and software Vulkan,
# xkbcommon), poppler-utils (the PDF tests read the report with it), SoftHSM2, OpenSC and OpenSSL (the
# USB-key test uses SoftHSM2 as the token), and Rust through rustup.
# Sourced by packaging/run.sh and packaging/test.sh (and CI), so that it can put cargo on PATH.

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup: root is needed to run: $*" >&2
    return 1
  fi
}

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in build-essential curl ca-certificates libxkbcommon-x11-0 libegl1 libegl-mesa0 libgl1 \
    libgl1-mesa-dri libvulkan1 mesa-vulkan-drivers poppler-utils softhsm2 opensc openssl; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ ! -x "$HOME/.cargo/bin/cargo" ]; then
    echo "setup: installing Rust (rustup, stable toolchain)" >&2
    # rustup-init from the Rust project's distribution server (the host that cargo and rustup use;
    # sh.rustup.rs is only a redirect to it).
    # (named rustup-init: the binary decides what it is from its own name)
    dir="$(mktemp -d)"
    init="$dir/rustup-init"
    curl --proto '=https' --tlsv1.2 -sSf -o "$init" \
      "https://static.rust-lang.org/rustup/dist/$(uname -m)-unknown-linux-gnu/rustup-init"
    chmod +x "$init"
    "$init" -y --profile minimal
    rm -rf "$dir"
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
fi
