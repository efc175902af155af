#!/usr/bin/env bash
# README command 2: installs what is missing (packaging/setup-debian.sh), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/setup-debian.sh
exec cargo test --locked
