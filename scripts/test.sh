#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (NuGet packages through restore, the official
# Tencent Cloud Node SDK used by the SDK-compatibility test and Azurite through npm, Debian's chromium for the
# real-browser tests), so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null; then echo "test.sh: the .NET SDK (dotnet) is required" >&2; exit 1; fi
if ! command -v npm >/dev/null; then echo "test.sh: Node.js and npm are required" >&2; exit 1; fi

# The release console's and /scalar's real-browser tests drive Debian's Chromium (Playwright's own browser download
# cannot work offline): install it when it is missing, as root or through sudo.
if [ ! -x /usr/bin/chromium ]; then
  echo "==> chromium (Debian package, for tests/GseFunctions.Dashboard.Tests)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  else
    echo "test.sh: /usr/bin/chromium is missing and this user can neither run apt-get nor sudo without a password;" >&2
    echo "         install it first: apt-get install -y --no-install-recommends chromium" >&2
    exit 1
  fi
fi

echo "==> npm packages (tests/sdk-compat: the official Node SDK; tools/azurite: the Azure Storage emulator)"
npm ci --prefix tests/sdk-compat --no-audit --no-fund --loglevel=error
npm ci --prefix tools/azurite --no-audit --no-fund --loglevel=error

echo "==> restore and build"
dotnet build GseFunctions.sln -c Release -nologo -clp:ErrorsOnly

echo "==> tests"
dotnet test GseFunctions.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@"
