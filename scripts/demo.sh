#!/usr/bin/env bash
# The main job. Brings up on 127.0.0.1 Azurite (in memory), the local GSE (fast clock) and the self-host (rollout
# worker and HTTP API, port 7071); seeds the seed scenario (alias "zero-downtime-update-test" on fleet 1, fleet 2
# ready); runs a rollout from fleet 1 to fleet 2 through the HTTP API while players create sessions through
# POST /api/sessions; shows its progress live and ends with a summary. `up` keeps the seeded stack up for curl instead.
#   scripts/demo.sh [up] [--summary-json PATH] [--time-scale N] [--port N] [--azurite-ports B,Q,T] [--gse-port N]
#                        [--sessions-per-minute N] [--configuration Release|Debug]      (scripts/demo.sh --help)
# On a fresh clone it installs what it needs: Azurite (npm ci --prefix tools/azurite) and the .NET build.
# Ctrl-C stops every process it started (exit code 130).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null; then echo "demo.sh: the .NET SDK (dotnet) is required" >&2; exit 1; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then echo "demo.sh: Node.js and npm are required (Azurite)" >&2; exit 1; fi

configuration=Release
args=("$@")
for ((i = 0; i + 1 < ${#args[@]}; i++)); do
  if [[ ${args[i]} == --configuration ]]; then configuration=${args[i + 1]}; fi
done

# Azurite from the repository's npm packages, installed again when its lock file changes.
if [[ ! -f tools/azurite/node_modules/.package-lock.json || tools/azurite/package-lock.json -nt tools/azurite/node_modules/.package-lock.json ]]; then
  echo "==> npm ci --prefix tools/azurite"
  npm ci --prefix tools/azurite --no-audit --no-fund --loglevel=error
fi

# The demo, the local GSE and the self-host; the log is shown only when the build fails. No build server is left
# running (nodeReuse, shared compilation): the demo leaves nothing behind, and the captured output ends with the build.
echo "==> dotnet build src/GseFunctions.Demo -c $configuration (the first build takes a minute or two)"
if ! build_log=$(dotnet build src/GseFunctions.Demo -c "$configuration" -nologo -clp:ErrorsOnly -nodeReuse:false -p:UseSharedCompilation=false 2>&1); then
  echo "$build_log" >&2
  exit 1
fi
exec dotnet "src/GseFunctions.Demo/bin/$configuration/net10.0/GseFunctions.Demo.dll" "$@"
