# Sourced by scripts/dev and scripts/test: installs what is missing and starts
# a moto server (DynamoDB + SES) on loopback.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCAL_DIR="$ROOT/.local"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

ensure_tools() {
  command -v cargo >/dev/null || die "cargo is missing: install Rust from https://rustup.rs"
  command -v python3 >/dev/null || die "python3 is missing: install Python 3.9 or newer"
  if ! "$VENV/bin/python" -c 'import moto' 2>/dev/null \
     || ! cmp -s "$ROOT/scripts/requirements.txt" "$VENV/.requirements" ; then
    say "installing moto into .venv"
    python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/scripts/requirements.txt" \
      || die "pip could not install moto"
    cp "$ROOT/scripts/requirements.txt" "$VENV/.requirements"
  fi
}

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# await_server NAME PID URL LOG: waits (20 s at most) until URL answers,
# while the process PID that serves it lives.
await_server() {
  local name="$1" pid="$2" url="$3" log="$4"
  for _ in $(seq 1 100); do
    if "$VENV/bin/python" -c "import urllib.request as u; u.urlopen('$url', timeout=1)" 2>/dev/null; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || die "$name did not start; see $log"
    sleep 0.2
  done
  die "$name did not answer at $url"
}

# start_moto PORT: starts moto in the background, waits until it answers, and
# sets MOTO_PID. Its log goes to .local/moto-PORT.log.
start_moto() {
  local port="$1"
  mkdir -p "$LOCAL_DIR"
  # Our launcher: moto with requests serialized (see scripts/moto_server.py).
  "$VENV/bin/python" "$ROOT/scripts/moto_server.py" "$port" >"$LOCAL_DIR/moto-$port.log" 2>&1 &
  MOTO_PID=$!
  await_server moto "$MOTO_PID" "http://127.0.0.1:$port/moto-api/data.json" "$LOCAL_DIR/moto-$port.log"
}

# The AWS SDK's own configuration chain, pointed at moto.
use_moto() {
  export AWS_ENDPOINT_URL="http://127.0.0.1:$1"
  export AWS_REGION="${AWS_REGION:-us-east-1}"
  export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-testing}"
  export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-testing}"
  unset AWS_PROFILE AWS_SESSION_TOKEN
}

# start_local_api PORT: starts the already-built local-api (of $CARGO_TARGET_DIR, or target/) on
# 127.0.0.1:PORT in the background with the environment it is given (builds
# nothing), waits until it answers, and sets LOCAL_API_PID. Its log goes to
# .local/local-api-PORT.log.
start_local_api() {
  local port="$1"
  mkdir -p "$LOCAL_DIR"
  local binary="${CARGO_TARGET_DIR:-$ROOT/target}/debug/local-api"
  [ -x "$binary" ] || die "$binary is missing: cargo build -p local-api"
  LOCAL_API_ADDR="127.0.0.1:$port" "$binary" >"$LOCAL_DIR/local-api-$port.log" 2>&1 &
  LOCAL_API_PID=$!
  await_server "the local API" "$LOCAL_API_PID" "http://127.0.0.1:$port/.well-known/openid-configuration" \
    "$LOCAL_DIR/local-api-$port.log"
}

# The browser tests drive Debian's Chromium (never a browser download of
# Playwright's own, which cannot be fetched here). Installed when missing and
# running as root; otherwise says how.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  [ "$(id -u)" = 0 ] || die "Chromium is missing: install Debian's package with 'sudo apt-get install chromium', then run this again"
  say "installing Debian's chromium with apt-get"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$LOCAL_DIR/apt-chromium.log" 2>&1 \
    || die "apt-get could not install chromium; see $LOCAL_DIR/apt-chromium.log"
}
