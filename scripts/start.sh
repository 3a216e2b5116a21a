#!/usr/bin/env bash
# The portal with its embedded defaults: frontend on :3000, backend on :7007, SQLite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
oq_bootstrap
oq_ensure_terraform
cd "$OQ_ROOT"
# The example credential (local-sandbox) references this variable: a throw-away value
# unless you set your own, so provisioning works and its redaction can be seen in logs.
export OQULLUS_SANDBOX_API_KEY="${OQULLUS_SANDBOX_API_KEY:-sandbox-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')}"
oq_say "starting the portal: http://localhost:3000 (backend http://localhost:7007)"
exec yarn start "$@"
