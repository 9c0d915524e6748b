#!/usr/bin/env bash
# Stop what scripts/serve.sh started, and only that: the warm runner (and a run it took), the worker (with the
# flow runs it spawned), then the server. Each was started as the leader of its own process group, whose id is in
# its pid file (each warm runner writes its own: one that took a run starts the next).
#
# Settings (environment): NEWSPREP_SERVER_DIR, the state folder serve.sh used (default .newsprep-server).
set -uo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${NEWSPREP_SERVER_DIR:-$PROJECT_DIR/.newsprep-server}"

log() { printf '[stop] %s\n' "$*" >&2; }

group_alive() { kill -0 -- "-$1" 2>/dev/null; }

# Wait up to $2 seconds for every process in group $1 to exit.
wait_group() {
    local deadline=$((SECONDS + $2))
    while group_alive "$1"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# Every process below pid $1 (flow runs run in sessions of their own, outside the worker's group).
descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$child"
        descendants "$child"
    done
}

# Stop the processes in $@ that are still alive (descendants left behind by a stopped leader).
stop_leftovers() {
    local pid alive=()
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    ((${#alive[@]})) || return 0
    log "stopping ${#alive[@]} leftover child process(es): ${alive[*]}"
    kill -s TERM "${alive[@]}" 2>/dev/null || true
    local deadline=$((SECONDS + 10))
    for pid in "${alive[@]}"; do
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
        kill -0 "$pid" 2>/dev/null && kill -s KILL "$pid" 2>/dev/null
    done
    return 0
}

# stop NAME SIGNAL:SECONDS... : send each signal in turn to NAME's process group, waiting up to SECONDS after each
# for the whole group to exit; SIGKILL as the last resort.
stop() {
    local name="$1" pid_file="$STATE_DIR/$1.pid" pid pgid step sig children=()
    shift
    if [[ ! -s "$pid_file" ]]; then
        log "$name: not started here (no $pid_file)"
        return 0
    fi
    pid="$(<"$pid_file")"
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
    if [[ -z "$pgid" ]]; then
        # The leader is gone; children it left in its group are still ours to stop.
        group_alive "$pid" || { log "$name: already stopped"; rm -f "$pid_file"; return 0; }
        pgid="$pid"
    elif [[ "$pgid" != "$pid" ]] || ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qE 'prefect|newsprep\.warm'; then
        log "$name: pid $pid is not the process serve.sh started; leaving it alone"
        rm -f "$pid_file"
        return 0
    fi
    mapfile -t children < <(descendants "$pid")
    for step in "$@"; do
        sig="${step%%:*}"
        log "$name: SIG$sig to process group $pgid"
        kill -s "$sig" -- "-$pgid" 2>/dev/null || true
        if wait_group "$pgid" "${step##*:}"; then
            log "$name: stopped"
            stop_leftovers "${children[@]}"
            rm -f "$pid_file"
            return 0
        fi
        mapfile -t -O "${#children[@]}" children < <(descendants "$pid")
    done
    log "$name: SIGKILL to process group $pgid"
    kill -s KILL -- "-$pgid" 2>/dev/null || true
    stop_leftovers "${children[@]}"
    wait_group "$pgid" 5 || { log "$name: process group $pgid still alive"; return 1; }
    rm -f "$pid_file"
}

status=0
# The warm runner leaves on SIGTERM (removing its socket); a run it took is stopped with it (the tables stay whole).
stop runner TERM:10 || status=1
rm -f "$STATE_DIR/runner.sock"  # `newsprep run` finds no runner (also after a SIGKILL)
# Prefect's worker takes a first SIGINT as "finish the running flow runs, then exit" (it often does not exit when
# idle either) and a second one as SIGKILL to itself; flow runs it leaves behind are stopped as leftovers.
stop worker INT:5 INT:10 || status=1
stop server TERM:20 INT:10 || status=1
rm -f "$STATE_DIR/api-url"  # `newsprep run` no longer looks for this server
exit "$status"
