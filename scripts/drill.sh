#!/usr/bin/env bash
# The chaos drill operators can run. Brings up on 127.0.0.1 Azurite (in memory), the local GSE (fast clock, faults on:
# throttling, HTTP 503, latency) and two or three self-host workers on one task hub; starts R rollouts on distinct aliases
# under player traffic through POST /api/sessions; SIGKILLs a random worker K times (seeded), restarting it each time;
# then checks that every rollout completed, with one UpdateAlias and one DeleteFleet each, no tagged fleet and no alias
# lock left, and no player creation failed other than no-capacity. Exit 0 only when every check holds.
#   scripts/drill.sh [-r N] [-k N] [--workers N] [--seed N] [--summary-json PATH] [--port N | --worker-ports A,B,C]
#                    [--azurite-ports B,Q,T] [--gse-port N] [--sessions-per-second N] [--no-faults] ...  (scripts/drill.sh --help)
# It installs and builds what it needs as scripts/demo.sh does (the drill is the demo program's "drill" mode).
set -euo pipefail
exec "$(dirname "$0")/demo.sh" drill "$@"
