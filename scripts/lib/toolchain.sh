# shellcheck shell=bash
# Sourced by scripts/start.sh and scripts/test.sh: makes Node 22/24, yarn 4 (through corepack)
# and the project's dependencies available, installing only what is missing.

OQ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OQ_TOOLS="$OQ_ROOT/.tools"
# Pinned so every machine that has to install its own Node gets the same one.
OQ_NODE_VERSION="22.23.3"
OQ_COREPACK_VERSION="0.34.6"

oq_say() { printf '\033[1m[oqullus]\033[0m %s\n' "$*" >&2; }
oq_die() { printf '\033[31m[oqullus] error:\033[0m %s\n' "$*" >&2; exit 1; }

oq_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null; }

# Node: the one on PATH when it is 22 or 24, else a pinned Node 22 from the npm registry in .tools/.
oq_ensure_node() {
  local major=""
  if command -v node >/dev/null 2>&1; then major="$(oq_node_major node)"; fi
  if [[ "$major" == "22" || "$major" == "24" ]]; then return 0; fi

  local node_pkg="$OQ_TOOLS/node/node_modules/node"
  local node_bin="$node_pkg/bin/node"
  if [[ ! -x "$node_bin" ]] || [[ "$("$node_bin" --version 2>/dev/null)" != "v$OQ_NODE_VERSION" ]]; then
    command -v npm >/dev/null 2>&1 ||
      oq_die "Node.js 22 or 24 is required (found: ${major:+v$major}${major:-none}) and there is no npm to install it with. Install Node.js 22 from https://nodejs.org and run this again."
    oq_say "Node.js ${major:+$major }is not 22 or 24: installing Node.js $OQ_NODE_VERSION into .tools/node"
    rm -rf "$OQ_TOOLS/node"
    mkdir -p "$OQ_TOOLS/node"
    npm install --prefix "$OQ_TOOLS/node" --no-audit --no-fund --loglevel=error "node@$OQ_NODE_VERSION" >&2 ||
      oq_die "could not install Node.js $OQ_NODE_VERSION from the npm registry ($(npm config get registry)). Install Node.js 22 yourself and run this again."
  fi
  export PATH="$node_pkg/bin:$PATH"
  # Native addons (better-sqlite3) must build against this Node's headers, not the system Node's.
  local headers
  headers="$(find "$node_pkg" -maxdepth 3 -type d -name 'node-linux-*' | head -n 1)"
  [[ -n "$headers" && -d "$headers/include/node" ]] && export npm_config_nodedir="$headers"
  [[ "$(oq_node_major node)" == "22" ]] || oq_die "the installed Node.js in .tools/node does not run"
}

# Yarn 4 through corepack (the version pinned by packageManager in package.json).
oq_ensure_yarn() {
  local registry
  registry="$(npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)"
  export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-${registry%/}}"
  export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
  export COREPACK_DEFAULT_TO_LATEST=0

  if ! command -v corepack >/dev/null 2>&1; then
    if [[ ! -x "$OQ_TOOLS/corepack/node_modules/.bin/corepack" ]]; then
      oq_say "corepack is missing: installing corepack $OQ_COREPACK_VERSION into .tools/corepack"
      npm install --prefix "$OQ_TOOLS/corepack" --no-audit --no-fund --loglevel=error "corepack@$OQ_COREPACK_VERSION" >&2 ||
        oq_die "could not install corepack from the npm registry"
    fi
    export PATH="$OQ_TOOLS/corepack/node_modules/.bin:$PATH"
  fi
  mkdir -p "$OQ_TOOLS/bin"
  if [[ ! -e "$OQ_TOOLS/bin/yarn" ]]; then
    corepack enable --install-directory "$OQ_TOOLS/bin" yarn >&2 || oq_die "corepack could not set up yarn"
  fi
  export PATH="$OQ_TOOLS/bin:$PATH"
  local version
  version="$(cd "$OQ_ROOT" && yarn --version 2>/dev/null)" ||
    oq_die "yarn could not be started through corepack (registry: $COREPACK_NPM_REGISTRY)"
  [[ "$version" == 4.* ]] || oq_die "expected yarn 4 from corepack, got '$version'"
}

# Dependencies: `yarn install` only when package.json files or yarn.lock changed since the last one.
oq_ensure_dependencies() {
  local stamp="$OQ_ROOT/node_modules/.oqullus-install-stamp" want
  want="$(cd "$OQ_ROOT" && { node --version; cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null; } | sha256sum | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return 0; fi
  oq_say "installing dependencies (yarn install)"
  local flags=()
  [[ -n "${CI:-}" ]] && flags+=(--immutable)
  (cd "$OQ_ROOT" && yarn install "${flags[@]}") || oq_die "yarn install failed (see above)"
  echo "$want" >"$stamp"
}

oq_ensure_terraform() {
  command -v "${WORKSPACES_TERRAFORM_BINARY:-terraform}" >/dev/null 2>&1 ||
    oq_die "terraform was not found on PATH. Install Terraform >= 1.6 (https://developer.hashicorp.com/terraform/install, or 'apt-get install terraform' from HashiCorp's apt repository), or point WORKSPACES_TERRAFORM_BINARY at terraform or tofu, then run this again."
}

oq_bootstrap() {
  oq_ensure_node
  oq_ensure_yarn
  oq_ensure_dependencies
}

# Debian's Chromium for the browser tests (Playwright must not download a browser of its own).
oq_ensure_chromium() {
  export OQ_CHROMIUM_PATH="${OQ_CHROMIUM_PATH:-/usr/bin/chromium}"
  [[ -x "$OQ_CHROMIUM_PATH" ]] && return 0
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    oq_say "Chromium is missing: installing Debian's chromium package for the browser tests"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 ||
      oq_die "apt-get could not install chromium"
    [[ -x "$OQ_CHROMIUM_PATH" ]] && return 0
  fi
  oq_die "the browser tests need Chromium at $OQ_CHROMIUM_PATH. Install it ('sudo apt-get install chromium' on Debian/Ubuntu) or set OQ_CHROMIUM_PATH to a Chromium or Chrome binary."
}

oq_tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# The database tests run on SQLite always, and on PostgreSQL when one is reachable (required in CI).
oq_ensure_test_postgres() {
  export BACKSTAGE_TEST_DISABLE_DOCKER=1
  local var=BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
  if [[ -n "${!var:-}" ]]; then return 0; fi
  local host="${OQ_TEST_PG_HOST:-127.0.0.1}" port="${OQ_TEST_PG_PORT:-5432}"
  if ! oq_tcp_open "$host" "$port" && command -v pg_ctlcluster >/dev/null 2>&1 && [[ "$(id -u)" == "0" ]]; then
    oq_say "PostgreSQL is not running on $host:$port: starting the local cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start >&2 || true
    sleep 2
  fi
  if oq_tcp_open "$host" "$port"; then
    export "$var=postgresql://${OQ_TEST_PG_USER:-postgres}@$host:$port"
    oq_say "database tests run on SQLite and PostgreSQL ($host:$port)"
  elif [[ -n "${CI:-}" ]]; then
    oq_die "CI runs the database tests on PostgreSQL too, and none answers on $host:$port. Start PostgreSQL or set $var."
  else
    oq_say "no PostgreSQL on $host:$port: database tests run on SQLite only (set $var to add PostgreSQL)"
  fi
}
