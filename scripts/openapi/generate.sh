#!/usr/bin/env bash
# Runs every generator that derives code from the OpenAPI spec, one a line; pass --check
# to fail instead of writing when a generated file is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
node scripts/openapi/generate-wire-types.mjs "$@"
node scripts/openapi/generate-spec.mjs "$@"
