#!/usr/bin/env bash
# The main job: builds, starts the local GSE with a fast clock and simulated player traffic, and runs the
# seed scenario end to end through the typed client, printing progress and a summary.
# Options: --summary-json PATH, --time-scale N (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build src/GseFunctions.Demo -c Release -nologo -clp:ErrorsOnly -v:quiet
exec dotnet src/GseFunctions.Demo/bin/Release/net10.0/GseFunctions.Demo.dll --configuration Release "$@"
