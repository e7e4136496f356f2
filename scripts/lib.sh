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

# start_moto PORT: starts moto in the background, waits until it answers, and
# sets MOTO_PID. Its log goes to .local/moto-PORT.log.
start_moto() {
  local port="$1"
  mkdir -p "$LOCAL_DIR"
  # Our launcher: moto with requests serialized (see scripts/moto_server.py).
  "$VENV/bin/python" "$ROOT/scripts/moto_server.py" "$port" >"$LOCAL_DIR/moto-$port.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 100); do
    if "$VENV/bin/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/moto-api/data.json', timeout=1)" 2>/dev/null; then
      return 0
    fi
    kill -0 "$MOTO_PID" 2>/dev/null || die "moto did not start; see $LOCAL_DIR/moto-$port.log"
    sleep 0.2
  done
  die "moto did not answer on port $port"
}

# The AWS SDK's own configuration chain, pointed at moto.
use_moto() {
  export AWS_ENDPOINT_URL="http://127.0.0.1:$1"
  export AWS_REGION="${AWS_REGION:-us-east-1}"
  export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-testing}"
  export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-testing}"
  unset AWS_PROFILE AWS_SESSION_TOKEN
}

# start_local_api PORT: starts the already-built target/debug/local-api on
# 127.0.0.1:PORT with the environment it is given (TABLE_NAME,
# INVITE_FROM_ADDRESS, APP_BASE_URL, ... and the AWS variables of use_moto),
# waits until it answers, and sets LOCAL_API_PID. It builds nothing: build it
# first (cargo build -p local-api). Its log goes to .local/local-api-PORT.log.
start_local_api() {
  local port="$1" binary="$ROOT/target/debug/local-api"
  [ -x "$binary" ] || die "$binary is missing: run cargo build -p local-api first"
  mkdir -p "$LOCAL_DIR"
  LOCAL_API_ADDR="127.0.0.1:$port" "$binary" >"$LOCAL_DIR/local-api-$port.log" 2>&1 &
  LOCAL_API_PID=$!
  for _ in $(seq 1 100); do
    # Any HTTP answer will do (GET /me without a token is a 401): it is serving.
    if "$VENV/bin/python" - "http://127.0.0.1:$port/me" 2>/dev/null <<'PY'
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
except urllib.error.HTTPError:
    pass
PY
    then
      return 0
    fi
    kill -0 "$LOCAL_API_PID" 2>/dev/null || die "the local API did not start; see $LOCAL_DIR/local-api-$port.log"
    sleep 0.2
  done
  die "the local API did not answer on port $port"
}
