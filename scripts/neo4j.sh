#!/usr/bin/env bash
# Runs one Neo4j Community 5.26 instance without Docker, from the jars Maven resolves for
# graph/server/pom.xml and the launcher in graph/server/Launcher.java.
#
#   bash scripts/neo4j.sh start|stop|status|restart
#
# Environment (one instance = one port + one data dir; the pid and log files live in the data dir):
#   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1                     (7687)
#   NEO4J_DATA_DIR       Neo4j home: data/, logs/, neo4j.pid, neo4j.log  (<repo>/.data/neo4j)
#   NEO4J_HEAP           JVM -Xmx; -Xms stays small                (1g)
#   NEO4J_PAGECACHE      page cache size                           (256m)
#   NEO4J_TX_MEMORY      memory limit of one transaction           (512m)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt to answer         (120)
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (60)
#   NEO4J_JAVA           java binary; must be Java 17 or 21        (java on PATH)
#   NEO4J_JAVA_OPTS      extra JVM options
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVER_DIR="$REPO/graph/server"
CLASSES_DIR="$SERVER_DIR/target/classes"
CLASSPATH_FILE="$SERVER_DIR/classpath.txt"

PORT="${NEO4J_BOLT_PORT:-7687}"
DATA_DIR="${NEO4J_DATA_DIR:-$REPO/.data/neo4j}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
JAVA="${NEO4J_JAVA:-java}"
URL="bolt://127.0.0.1:$PORT"

mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
PID_FILE="$DATA_DIR/neo4j.pid"
LOG_FILE="$DATA_DIR/neo4j.log"

# From Neo4j's own neo4j.conf: without the first --add-opens, 5.x fails to start on Java 17.
JVM_FLAGS=(
  "-Xms64m" "-Xmx$HEAP"
  "--add-opens=java.base/java.nio=ALL-UNNAMED"
  "--add-opens=java.base/java.io=ALL-UNNAMED"
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
  "--enable-native-access=ALL-UNNAMED"
  "-Dio.netty.tryReflectionSetAccessible=true"
  "-Djdk.nio.maxCachedBufferSize=1024"
  "-XX:-OmitStackTraceInFastThrow"
  # A server out of heap is better dead (and restarted) than limping.
  "-XX:+ExitOnOutOfMemoryError"
)

say() { echo "neo4j[$PORT]: $*"; }
die() { say "$1" >&2; exit 1; }

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; }

# A real query, not just an open socket.
bolt_ready() { port_open && node "$REPO/scripts/neo4j-ready.js" "$URL"; }

# The pid in the pid file, if that process is alive and is our launcher for this data dir
# (so a recycled pid is never signalled).
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "Launcher --port $PORT --data-dir $DATA_DIR --pagecache " || return 1
  echo "$pid"
}

# Resolve the Maven classpath and compile the launcher when their inputs changed, so a fresh
# clone works and a warm start skips both. A lock keeps concurrent starts from racing.
build() {
  mkdir -p "$SERVER_DIR/target"
  exec 8>"$SERVER_DIR/target/.build.lock"
  flock -w 600 8 || die "another build is still holding $SERVER_DIR/target/.build.lock"
  if [[ ! -s "$CLASSPATH_FILE" || "$SERVER_DIR/pom.xml" -nt "$CLASSPATH_FILE" ]]; then
    say "resolving the Neo4j jars with Maven (first run downloads ~150 MB into ~/.m2)"
    # Maven's output is only worth showing when it fails (-q still prints colour codes).
    if ! (cd "$SERVER_DIR" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE.tmp") \
      >"$SERVER_DIR/target/mvn.log" 2>&1; then
      cat "$SERVER_DIR/target/mvn.log" >&2
      die "Maven could not resolve the Neo4j jars (see above)"
    fi
    mv "$CLASSPATH_FILE.tmp" "$CLASSPATH_FILE"
  fi
  local class="$CLASSES_DIR/Launcher.class"
  if [[ ! -f "$class" || "$SERVER_DIR/Launcher.java" -nt "$class" || "$CLASSPATH_FILE" -nt "$class" ]]; then
    say "compiling Launcher.java"
    mkdir -p "$CLASSES_DIR"
    # -proc:none: Neo4j's jars carry annotation processors that must not run here.
    javac -proc:none -nowarn -cp "$(cat "$CLASSPATH_FILE")" -d "$CLASSES_DIR" "$SERVER_DIR/Launcher.java"
  fi
  flock -u 8
}

fail_with_log() {
  say "$1" >&2
  if [[ -f "$LOG_FILE" ]]; then
    echo "---- last lines of $LOG_FILE (more in $DATA_DIR/logs/debug.log) ----" >&2
    tail -n 40 "$LOG_FILE" >&2
  fi
  exit 1
}

start() {
  # One start at a time per data dir; a second caller waits here and then finds it running.
  exec 9>"$DATA_DIR/.start.lock"
  flock -w "$((START_TIMEOUT + 60))" 9 || die "another start of this instance is still holding $DATA_DIR/.start.lock"

  local pid=""
  if bolt_ready; then
    pid="$(running_pid)" || pid=""
    say "already running at $URL${pid:+ (pid $pid)}, nothing to do"
    return 0
  fi
  if pid="$(running_pid)"; then
    say "pid $pid is running but $URL does not answer; waiting for it"
  elif port_open; then
    die "port $PORT is taken by a process that does not answer Bolt; not starting"
  else
    rm -f "$PID_FILE"
    build
    [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
    # Job control (set -m) puts the server in a process group of its own, so it outlives this
    # shell and a Ctrl-C or group kill aimed at the caller, and it keeps SIGINT (a background
    # job without job control would ignore it). All three standard streams are redirected, so
    # a caller reading our output (execFile) is not held open, and the lock descriptors are
    # closed, so the server does not hold the locks for its lifetime.
    cd "$REPO"
    set -m
    "$JAVA" "${JVM_FLAGS[@]}" ${NEO4J_JAVA_OPTS:-} \
      -cp "$CLASSES_DIR:$(cat "$CLASSPATH_FILE")" \
      Launcher --port "$PORT" --data-dir "$DATA_DIR" --pagecache "$PAGECACHE" \
      </dev/null >>"$LOG_FILE" 2>&1 8>&- 9>&- &
    pid=$!
    set +m
    echo "$pid" >"$PID_FILE"
  fi

  local started=$SECONDS
  while (( SECONDS - started < START_TIMEOUT )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      fail_with_log "the JVM (pid $pid) exited during start-up"
    fi
    # The launcher prints its ready line once Bolt listens; then one real query confirms it.
    if grep -q "neo4j: ready" "$LOG_FILE" 2>/dev/null && bolt_ready; then
      say "started at $URL (pid $pid, data $DATA_DIR) in $((SECONDS - started)) s"
      return 0
    fi
    sleep 0.5
  done
  fail_with_log "no answer at $URL after $START_TIMEOUT s (pid $pid is left running; 'stop' ends it)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    if port_open; then
      die "port $PORT answers, but not from a server started with data dir $DATA_DIR; not stopping it"
    fi
    say "not running"
    return 0
  fi
  say "stopping pid $pid"
  kill -TERM "$pid"
  local started=$SECONDS killed=""
  while kill -0 "$pid" 2>/dev/null; do
    if [[ -z "$killed" ]] && (( SECONDS - started >= STOP_TIMEOUT )); then
      say "still running after $STOP_TIMEOUT s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      killed=1
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE"
  say "stopped in $((SECONDS - started)) s"
}

status() {
  local pid=""
  pid="$(running_pid)" || pid=""
  if bolt_ready; then
    if [[ -n "$pid" ]]; then
      say "running at $URL (pid $pid, RSS $(($(ps -o rss= -p "$pid") / 1024)) MiB, data $DATA_DIR)"
    else
      say "running at $URL (not started from data dir $DATA_DIR)"
    fi
    return 0
  elif [[ -n "$pid" ]]; then
    say "pid $pid is running but $URL does not answer (starting, or stuck: see $LOG_FILE)"
    return 1
  fi
  say "not running"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop && start ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
