#!/usr/bin/env bash
# `npm test`: every vitest project in one run (server: API, engine and protocol; client: jsdom;
# slow: real server processes, crashes, the client build), then the run's wall and CPU time.
# Arguments go to vitest: `npm test -- --project client`, `npm test -- tests/api/crud.test.ts`.
set -uo pipefail
cd "$(dirname "$0")/.."
TIMEFORMAT='npm test took %1R s wall time, %1U s user + %1S s system CPU time'
time npx vitest run "$@"
