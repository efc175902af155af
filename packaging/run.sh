#!/usr/bin/env bash
# README command 1: installs what is missing (packaging/setup-debian.sh), then runs the application:
# the window without arguments, the command line with them (packaging/run.sh assess FILE …).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/setup-debian.sh
exec cargo run --release --locked -- "$@"
