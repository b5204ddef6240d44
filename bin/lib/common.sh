# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared helpers of bin/kafka-local, bin/run-local and bin/stop-local. Sourced, not run.
# The caller sets `set -euo pipefail` and REPO_ROOT; every path below is under the repository.

RUN_DIR="$REPO_ROOT/.run"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The feature version (17, 25, ...) of the JDK whose home is $1, from its `release` file; empty if none.
jdk_feature_version() {
    [[ -x "$1/bin/java" && -f "$1/release" ]] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release"
}

# The home of a JDK 25 or newer for the services (its AOT cache, JEP 483/514): $JAVA25_HOME when set
# (JAVA25_HOME=none: use none), else the newest one under /usr/lib/jvm. Prints nothing when there is none.
find_jdk25() {
    local home version best="" best_version=0
    if [[ -n "${JAVA25_HOME:-}" ]]; then
        [[ "$JAVA25_HOME" == none ]] && return 0
        version="$(jdk_feature_version "$JAVA25_HOME")"
        [[ -n "$version" && "$version" -ge 25 ]] || die "JAVA25_HOME=$JAVA25_HOME is not a JDK 25 or newer"
        printf '%s' "$JAVA25_HOME"
        return 0
    fi
    for home in /usr/lib/jvm/*/; do
        home="${home%/}"
        [[ -L "$home" ]] && continue # Debian's aliases (java-1.17.0-openjdk-amd64) point at a real home
        version="$(jdk_feature_version "$home")"
        if [[ -n "$version" && "$version" -ge 25 && "$version" -gt "$best_version" ]]; then
            best="$home"
            best_version="$version"
        fi
    done
    printf '%s' "$best"
}

# The services: name, HTTP port, database. One line each; the order is the start order.
SERVICES=(
    "launch-service 8081 launch"
    "complaint-service 8082 complaint"
    "project-service 8083 project"
    "notification-service 8084 notification"
)

say() { printf '%s\n' "$*"; }
info() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
    printf 'ERROR: %s\n' "$*" >&2
    exit 1
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when the pid in file $1 is alive and its command line contains $2
# (so a stale pid file never makes us signal a process that reused the pid).
pid_alive() {
    local file="$1" marker="$2" pid
    [[ -s "$file" ]] || return 1
    pid="$(<"$file")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

# Stop the process whose pid is in file $1 (if it is alive and matches $2): SIGTERM, then
# SIGKILL after $3 seconds (default 30). Removes the pid file. $4 is the name for messages;
# $5 = quiet: no "stopping" line (the caller said it).
stop_pid_file() {
    local file="$1" marker="$2" grace="${3:-30}" name="${4:-$2}" quiet="${5:-}" pid i
    if ! pid_alive "$file" "$marker"; then
        rm -f "$file"
        return 0
    fi
    pid="$(<"$file")"
    [[ "$quiet" == quiet ]] || info "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 2; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        warn "$name did not stop within ${grace}s; killing pid $pid"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

# Print the last lines of a log file, indented, to stderr.
log_tail() {
    local file="$1" lines="${2:-40}"
    if [[ -s "$file" ]]; then
        printf -- '---- last %s lines of %s ----\n' "$lines" "$file" >&2
        tail -n "$lines" "$file" | sed 's/^/    /' >&2
        printf -- '----\n' >&2
    fi
}

# Start the local PostgreSQL cluster when nothing answers on 127.0.0.1:5432.
# Prints the cluster's version when it started it, nothing otherwise.
ensure_postgres() {
    if pg_isready -q -h 127.0.0.1 -p 5432; then
        return 0
    fi
    local version
    version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$version" ]] || die "PostgreSQL is not running on 127.0.0.1:5432 and no cluster is installed under /etc/postgresql"
    info "starting PostgreSQL $version (cluster main)" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2
    local i
    for ((i = 0; i < 60; i++)); do
        pg_isready -q -h 127.0.0.1 -p 5432 && {
            echo "$version"
            return 0
        }
        sleep 0.5
    done
    die "PostgreSQL did not accept connections on 127.0.0.1:5432 within 30s"
}

# The pid file and the command-line marker of a service started by bin/run-local.
service_pid_file() { printf '%s/%s.pid' "$PID_DIR" "$1"; }
service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$REPO_ROOT" "$1"; }
service_running() { pid_alive "$(service_pid_file "$1")" "$(service_jar "$1")"; }

# Stop the named services (started by bin/run-local): SIGTERM to all at once, then wait for each.
stop_services() {
    local svc running=() pids=()
    for svc in "$@"; do
        if service_running "$svc"; then
            running+=("$svc")
            pids+=("$(<"$(service_pid_file "$svc")")")
        else
            rm -f "$(service_pid_file "$svc")"
        fi
    done
    [[ ${#running[@]} -gt 0 ]] || return 0
    info "stopping ${running[*]} (pids ${pids[*]})"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for svc in "${running[@]}"; do
        stop_pid_file "$(service_pid_file "$svc")" "$(service_jar "$svc")" 30 "$svc" quiet
    done
}

# Stop the PostgreSQL cluster, but only when bin/run-local started it (marker file).
stop_postgres_if_ours() {
    local marker="$PID_DIR/postgres.started" version
    [[ -f "$marker" ]] || return 0
    version="$(<"$marker")"
    info "stopping PostgreSQL $version (started by bin/run-local)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main stop || warn "could not stop PostgreSQL $version"
    rm -f "$marker"
}
