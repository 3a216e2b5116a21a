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
# The static token scripts call the API with has no default in app-config.yaml: one is
# generated on first start into the data directory, readable only by you, and kept.
if [ -z "${OQULLUS_SCRIPT_TOKEN:-}" ]; then
  token_dir="$OQ_ROOT/.data"
  if [ -n "${OQULLUS_DATA_DIR:-}" ]; then
    # Relative to packages/backend, as app-config.yaml reads it.
    token_dir="$OQULLUS_DATA_DIR"
    [[ "$token_dir" = /* ]] || token_dir="$OQ_ROOT/packages/backend/$token_dir"
  fi
  token_file="$token_dir/script-token"
  if [ ! -s "$token_file" ]; then
    mkdir -p "$(dirname "$token_file")"
    (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' >"$token_file")
  fi
  OQULLUS_SCRIPT_TOKEN="$(cat "$token_file")"
  export OQULLUS_SCRIPT_TOKEN
  oq_say "the API token for scripts is in $token_file (README: A token for a script)"
fi
oq_say "starting the portal: http://localhost:3000 (backend http://localhost:7007)"
exec yarn start "$@"
