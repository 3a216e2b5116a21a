#!/usr/bin/env bash
# The portal with its embedded defaults: frontend on :3000, backend on :7007, SQLite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
oq_bootstrap
oq_ensure_terraform
cd "$OQ_ROOT"
oq_say "starting the portal: http://localhost:3000 (backend http://localhost:7007)"
exec yarn start "$@"
