#!/usr/bin/env bash
# Start a local Prefect server on loopback, create the work pool, deploy prefect.yaml and start a worker, and the warm
# runner: a newsprep process holding every import of a run, which `newsprep run` from this clone then forks instead
# of importing them itself (newsprep.warm). Everything it starts is recorded in pid files under the state folder;
# scripts/stop.sh stops exactly those.
#
# Settings (environment):
#   NEWSPREP_PREFECT_PORT   server port on 127.0.0.1 (default 4200)
#   NEWSPREP_SERVER_DIR     state folder: PREFECT_HOME (SQLite database), pid files, logs (default .newsprep-server)
#   NEWSPREP_WORK_POOL      work pool name (default newsprep-pool; must match prefect.yaml)
#   PREFECT_WORKER_QUERY_SECONDS  how often the worker polls for runs (Prefect's default 10)
#   NEWSPREP_WARM_RUNNER    0 to start no warm runner (`newsprep run` then always starts cold)
#   NEWSPREP_ALERT_WEBHOOK  a URL to POST to when a flow run fails or crashes, or a critical check stops a publish
#                           (a Prefect automation; without it, any alert a previous `make serve` set up stays as it was)
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CALLER_DIR="$PWD"
STATE_DIR="${NEWSPREP_SERVER_DIR:-$PROJECT_DIR/.newsprep-server}"
PORT="${NEWSPREP_PREFECT_PORT:-4200}"
POOL="${NEWSPREP_WORK_POOL:-newsprep-pool}"
PREFECT="$PROJECT_DIR/.venv/bin/prefect"
PYTHON="$PROJECT_DIR/.venv/bin/python"
START_TIMEOUT="${NEWSPREP_START_TIMEOUT:-120}"

mkdir -p "$STATE_DIR/home"
STATE_DIR="$(cd "$STATE_DIR" && pwd)"

# Nothing leaves loopback; Prefect state stays inside the state folder (not ~/.prefect and its profiles).
export PREFECT_HOME="$STATE_DIR/home"
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export DO_NOT_TRACK=1
export GX_ANALYTICS_ENABLED=false
export PREFECT_RUNNER_AUTO_INSTALL_DEPENDENCIES=false
# prefect.yaml's pull step runs flow runs in this clone, whatever folder the worker was started in.
export NEWSPREP_PROJECT_DIR="$PROJECT_DIR"

log() { printf '[serve] %s\n' "$*" >&2; }

# The pid in $1's pid file, if that process is alive and is a prefect command or the warm runner (not a recycled pid).
running_pid() {
    local pid_file="$STATE_DIR/$1.pid" pid
    [[ -s "$pid_file" ]] || return 1
    pid="$(<"$pid_file")"
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE 'prefect|newsprep\.warm'; then
        echo "$pid"
        return 0
    fi
    rm -f "$pid_file"
    return 1
}

# Start "$@" detached in its own session (so a Ctrl-C in this terminal or a closed terminal does not reach it,
# and stop.sh can signal its whole process group); the child writes its own pid before exec.
start_detached() {
    local name="$1"
    shift
    rm -f "$STATE_DIR/$name.pid"
    # shellcheck disable=SC2016  # $$ and $@ are expanded by the child shell
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$STATE_DIR/$name.pid" "$@" \
        >"$STATE_DIR/$name.log" 2>&1 </dev/null &
    local waited=0
    until [[ -s "$STATE_DIR/$name.pid" ]]; do
        sleep 0.1
        waited=$((waited + 1))
        ((waited < 100)) || { log "$name did not start"; exit 1; }
    done
}

fail_with_log() {
    log "$1; last lines of $STATE_DIR/$2.log:"
    tail -n 30 "$STATE_DIR/$2.log" >&2 || true
    exit 1
}

# --- server ---------------------------------------------------------------------------------------------------
started=$SECONDS
if pid="$(running_pid server)"; then
    log "server already running (pid $pid)"
else
    log "starting Prefect server on 127.0.0.1:$PORT (state in $STATE_DIR)"
    start_detached server "$PREFECT" server start --host 127.0.0.1 --port "$PORT" --analytics-off
fi
until "$PYTHON" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" \
    "$PREFECT_API_URL/health" >/dev/null 2>&1; do
    running_pid server >/dev/null || fail_with_log "the server exited" server
    ((SECONDS - started < START_TIMEOUT)) || fail_with_log "the server is not healthy after ${START_TIMEOUT}s" server
    sleep 0.5
done
log "server healthy after $((SECONDS - started))s"
# `newsprep run` from this clone uses this server instead of starting a temporary one (newsprep.cli.server).
printf '%s\n' "$PREFECT_API_URL" >"$STATE_DIR/api-url"

# --- warm runner (imports while the deployments and the worker start; waited for at the end) ------------------------
warm_runner=0
case "${NEWSPREP_WARM_RUNNER:-1}" in 0 | off | no | false) ;; *) warm_runner=1 ;; esac
if ((warm_runner)); then
    if pid="$(running_pid runner)"; then
        log "warm runner already running (pid $pid)"
    else
        rm -f "$STATE_DIR/runner.sock"
        cd "$STATE_DIR"
        start_detached runner "$PYTHON" -m newsprep.warm.runner --state-dir "$STATE_DIR"
        cd "$CALLER_DIR"
    fi
fi

# --- alert ------------------------------------------------------------------------------------------------------
if [[ -n "${NEWSPREP_ALERT_WEBHOOK:-}" ]]; then
    "$PYTHON" -m newsprep.run.alerts "$NEWSPREP_ALERT_WEBHOOK" >/dev/null
    log "alert: failed or crashed runs and refused publishes POST to NEWSPREP_ALERT_WEBHOOK"
fi

# --- work pool and deployments --------------------------------------------------------------------------------
cd "$PROJECT_DIR"
if "$PREFECT" work-pool inspect "$POOL" >/dev/null 2>&1; then
    log "work pool $POOL exists"
else
    "$PREFECT" work-pool create "$POOL" --type process >/dev/null
    log "created work pool $POOL (process)"
fi
"$PREFECT" --no-prompt deploy --all

# --- worker (started outside the project folder: the pull step is what puts flow runs in it) ------------------
if pid="$(running_pid worker)"; then
    log "worker already running (pid $pid)"
else
    cd "$STATE_DIR"
    start_detached worker "$PREFECT" worker start --pool "$POOL" --type process --install-policy never \
        --name "newsprep-worker-$PORT"
    cd "$PROJECT_DIR"
    started=$SECONDS
    until grep -q "started" "$STATE_DIR/worker.log" 2>/dev/null; do
        running_pid worker >/dev/null || fail_with_log "the worker exited" worker
        ((SECONDS - started < START_TIMEOUT)) || fail_with_log "the worker did not start in ${START_TIMEOUT}s" worker
        sleep 0.5
    done
    log "worker polling pool $POOL"
fi

if ((warm_runner)); then
    started=$SECONDS
    until [[ -S "$STATE_DIR/runner.sock" ]]; do
        running_pid runner >/dev/null || fail_with_log "the warm runner exited" runner
        ((SECONDS - started < START_TIMEOUT)) || fail_with_log "the warm runner is not ready after ${START_TIMEOUT}s" runner
        sleep 0.2
    done
    rss_kb="$(awk '/^VmRSS/ {print $2}' "/proc/$(running_pid runner)/status" 2>/dev/null || echo 0)"
    log "warm runner ready ($((rss_kb / 1024)) MB resident): \`newsprep run\` from this clone skips its imports"
fi

prefect_cmd="$PREFECT"
[[ "$CALLER_DIR" == "$PROJECT_DIR" ]] && prefect_cmd=".venv/bin/prefect"
cat <<EOF

Prefect server: http://127.0.0.1:$PORT (UI and API, loopback only); state and logs in $STATE_DIR
Run the deployment now (the schedule runs it daily at 06:00 UTC):

  PREFECT_API_URL=$PREFECT_API_URL $prefect_cmd deployment run 'process-articles/daily' --watch

Stop the worker and the server: make stop
EOF
