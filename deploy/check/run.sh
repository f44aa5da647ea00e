#!/bin/sh
# Checks that sanad runs under sanad.service's system-call filter and MemoryDenyWriteExecute,
# without systemd: builds ./sandbox (see sandbox.c) from systemd-analyze's own syscall lists,
# proves the sandbox bites, then runs `sanad serve` in it, makes TLS requests, stops it with
# SIGTERM (exit 0 expected), and runs `lint --strict` and `fingerprint` in it.
#
#   deploy/check/run.sh [SANAD_BINARY] [DIRECTORY]     (from the repository root)
#
# Needs: systemd-analyze (systemd), cc, curl, Linux >= 6.3 (PR_SET_MDWE), x86_64.
set -eu

sanad=${1:-.build/debug/sanad}
directory=${2:-directory}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=${SANAD_CHECK_PORT:-17979}
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
say() { printf '%s\n' "$*"; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# Expands a systemd syscall group (and its nested groups) into call names.
expand() {
    systemd-analyze syscall-filter "$1" < /dev/null | sed -n '2,$p' | while read -r item; do
        case $item in
        '' | '#'*) ;;
        @*) expand "$item" ;;
        *) printf '%s\n' "$item" ;;
        esac
    done
}

expand @system-service | sort -u > "$work/allowed"
{ expand @privileged; expand @resources; } | sort -u > "$work/denied"
comm -23 "$work/allowed" "$work/denied" | while read -r call; do
    printf '#ifdef __NR_%s\n ALLOW(__NR_%s)\n#endif\n' "$call" "$call"
done > "$work/allow.h"
say "filter: $(grep -c ALLOW "$work/allow.h") calls allowed (@system-service minus @privileged @resources), the rest EPERM"
cc -O2 -I "$work" -o "$work/sandbox" "$here/sandbox.c"

# The sandbox must bite: W+X memory refused (MDWE), setpriority (in @resources) refused.
cat > "$work/probe.c" << 'C'
#include <errno.h>
#include <sys/mman.h>
#include <sys/resource.h>
int main(void) {
    void *p = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED) return 1;
    if (setpriority(PRIO_PROCESS, 0, 0) == 0 || errno != EPERM) return 2;
    return 0;
}
C
cc -O2 -o "$work/probe" "$work/probe.c"
probe=0
"$work/sandbox" "$work/probe" || probe=$?
case $probe in
0) ;;
1) die "a W+X mapping was allowed: MDWE is not in force" ;;
2) die "setpriority was allowed: the filter is not in force" ;;
*) die "the probe failed ($probe)" ;;
esac
say "sandbox: W+X mapping refused, setpriority refused"

"$work/sandbox" "$sanad" serve --directory "$directory" --state-dir "$work/state" \
    --host 127.0.0.1 --gopher-port "$port" > "$work/serve.log" 2>&1 &
server=$!
tries=0
until grep -q "listening" "$work/serve.log"; do
    tries=$((tries + 1))
    [ "$tries" -le 120 ] || die "server did not start: $(cat "$work/serve.log")"
    kill -0 "$server" 2> /dev/null || die "server died: $(cat "$work/serve.log")"
    sleep 1
done
ok=0
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    if curl -sk --max-time 5 "gophers://127.0.0.1:$port/1/" | grep -q '^1'; then ok=$((ok + 1)); fi
done
[ "$ok" -eq 20 ] || die "only $ok of 20 requests answered"
say "serve: 20 of 20 gophers:// requests answered"
kill -TERM "$server"
status=0
wait "$server" || status=$?
server=
[ "$status" -eq 0 ] || die "serve exited $status on SIGTERM"
say "serve: SIGTERM, exit 0"

"$work/sandbox" "$sanad" lint --strict "$directory" > "$work/lint.log" 2>&1 ||
    die "lint failed in the sandbox: $(tail -n 5 "$work/lint.log")"
"$work/sandbox" "$sanad" fingerprint --state-dir "$work/state" > "$work/fingerprint.log" 2>&1 ||
    die "fingerprint failed in the sandbox: $(cat "$work/fingerprint.log")"
say "lint --strict and fingerprint: ok"
say "PASS"
