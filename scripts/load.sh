#!/usr/bin/env bash
# Load test: N signed-in users at once (each connection its own session), driving the mix of pages in
# scripts/load.lua with wrk, and printing requests/s, p50/p95/p99 and errors per page.
#
#   scripts/load.sh [--url http://localhost:8080] [--connections 32] [--duration 120s]
#                   [--users admin,manager1,manager2,rep1,rep2,rep3] [--password demo1234]
#                   [--cpu-of "PID ..."]
#
# --cpu-of: also print the CPU time those processes and their children (the CRM's JVM; the PostgreSQL
# server, whose backends are its children) spent during the test, per answer: on a machine shared with
# other work, a figure that depends much less on the load than requests/s do.
# Needs curl and wrk (Debian: apt-get install wrk curl). Run it against the packaged jar on a database
# made by `generate` and `segment` (docs/benchmarks.md, "Many people at once").
set -euo pipefail

url=http://localhost:8080 connections=32 duration=120s password=demo1234
users=admin,manager1,manager2,rep1,rep2,rep3 cpu_of=
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --cpu-of) cpu_of=$2; shift 2 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap '[ -n "${CRM_LOAD_KEEP:-}" ] || rm -rf "$work"' EXIT
IFS=, read -r -a names <<<"$users"

# Signs one session in: the login form's CSRF token, then the form; prints the session cookie.
sign_in() {
  local user=$1 jar=$2 token location
  token=$(curl -sf -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" *value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$token" ] || { echo "load.sh: $url/login has no CSRF token" >&2; return 1; }
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$url/login")
  case "$location" in *error*|"") echo "load.sh: $user could not sign in" >&2; return 1 ;; esac
  awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

sessions=$work/sessions
: >"$sessions"
declare -A ids_of
# the users in turn: with the six demo users, 32 connections are 6 sessions of admin and of manager1, 5 of the others
for ((i = 0; i < connections; i++)); do
  user=${names[$((i % ${#names[@]}))]}
  cookie=$(sign_in "$user" "$work/jar$i")
  # customers this user may open: the first pages of their list, by name and by CLV (once per user)
  if [ -z "${ids_of[$user]:-}" ]; then
    ids_of[$user]=$( { curl -sf -b "JSESSIONID=$cookie" "$url/customers"; curl -sf -b "JSESSIONID=$cookie" "$url/customers?sort=clv&dir=desc"; } \
      | grep -o 'href="/customers/[0-9]*"' | grep -o '[0-9]*' | sort -u | paste -sd, -)
    [ -n "${ids_of[$user]}" ] || { echo "load.sh: $user sees no customers" >&2; exit 1; }
  fi
  echo "$user $cookie ${ids_of[$user]}" >>"$sessions"
done
# CPU clock ticks (user + system) of a process and of its children
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }')))
  done
  echo "$total"
}

echo "$connections sessions signed in; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A before
for pid in $cpu_of; do before[$pid]=$(cpu_ticks "$pid"); done
CRM_LOAD_SESSIONS=$sessions wrk -t "$connections" -c "$connections" -d "$duration" --timeout 10s \
  -s "$here/load.lua" "$url" | tee "$work/out"
set +e # a backend that ends while its CPU time is read must not lose the figures above
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
answers=$(awk '$1 == "all" { print $2 }' "$work/out")
for pid in $cpu_of; do
  awk -v t="$(($(cpu_ticks "$pid") - before[$pid]))" -v hz="$(getconf CLK_TCK)" -v n="$answers" \
    -v who="$pid ($(ps -o comm= -p "$pid"))" \
    'BEGIN { printf "CPU of %s and its children: %.1f s, %.1f ms per answer\n", who, t / hz, (n > 0 ? 1000 * t / hz / n : 0) }'
done
