#!/usr/bin/env bash
# Load test of 'terawatt serve' with wrk (Debian package 'wrk') on loopback:
# GET /emissions/bylocations/best for three locations over one day of built-in data.
# Usage: scripts/serve-load-test.sh [connections] [seconds]. Prints wrk's report (--latency).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
conns="${1:-32}"
secs="${2:-30}"
port=18181
data="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
"$here/terawatt" --version >/dev/null   # builds the CLI jar when needed
java -jar "$here/terawatt-cli/target/terawatt.jar" serve --port "$port" --data "$data" >"$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.2
done
url="http://127.0.0.1:$port/emissions/bylocations/best?location=DE&location=FR&location=GB&time=2025-06-01T00:00:00Z&toTime=2025-06-02T00:00:00Z"
echo "warm-up: 15 s" >&2
wrk -t2 -c"$conns" -d15s "$url" >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
wrk -t2 -c"$conns" -d"${secs}s" --latency "$url"
