#!/bin/sh
# Drives deploy/sanad-update.sh against a local bare repository with SSH keys made here, and
# fails (exit 1) unless every case ends as it must:
#   a first release refused without the operator's flag, then accepted with it; nothing new;
#   a good release (maintainer A changes a number, B signs the release); an unsigned change;
#   a release signed by an unknown key; a release its own author signed (two-person rule);
#   replays (an old tag object under a new name, an old serial in a new tag) and a rollback
#   signed by a real maintainer; a broken file hidden from `git archive` by export-ignore;
#   a good release with signed pocket directories after all that; and a pocket directory
#   changed after it was signed.
#
#   deploy/check/update-test.sh [SANAD_BINARY]     (default: .build/debug/sanad)
# Needs git (2.34 or later) and ssh-keygen. Run by .ci/run.
# "A && B || bad …" is meant: bad runs when either check fails.
# shellcheck disable=SC2015
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
sanad=${1:-$root/.build/debug/sanad}
case "$sanad" in /*) ;; *) sanad=$PWD/$sanad ;; esac
[ -x "$sanad" ] || { echo "update-test: no sanad binary at $sanad" >&2; exit 1; }
script=$root/deploy/sanad-update.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

failures=0
pass() { printf 'ok   %s\n' "$*"; }
bad() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }

for who in a b stranger; do ssh-keygen -q -t ed25519 -N '' -C "$who" -f "$tmp/key-$who"; done
printf 'a@sanad.example %s\nb@sanad.example %s\n' \
    "$(cut -d' ' -f1,2 "$tmp/key-a.pub")" "$(cut -d' ' -f1,2 "$tmp/key-b.pub")" >"$tmp/allowed_signers"

# The maintainers' shared repository, and one maintainer clone.
git init --quiet --bare "$tmp/origin.git"
git init --quiet -b main "$tmp/work"
cp -R "$root/directory/." "$tmp/work/"
w() { git -C "$tmp/work" -c user.name=test -c user.email=t@sanad.example -c gpg.format=ssh "$@"; }
as() { key=$1; shift; w -c "user.signingkey=$tmp/key-$key" "$@"; }
w add -A && w commit --quiet -m "Import the directory" && w remote add origin "$tmp/origin.git"
release() { # release KEY SERIAL [DATE]
    as "$1" tag -s -m "Release $2" -m "Sanad-Serial: $2
Sanad-Date: ${3:-2026-12-05}" "release-$2"
    w push --quiet -f origin HEAD:main "release-$2"
}
# Front Line Defenders' 24-hour line: the first quoted international number of a contact
# marked `emergency: true` (a current contact, so the pocket directory prints it too; the
# historical office numbers above it in the file are in no bundle).
number=$(awk '/value: "\+[0-9][0-9 ]*"/ { v = $0; sub(/.*value: "/, "", v); sub(/".*/, "", v) }
    /^ *emergency: true *$/ && v != "" { print v; exit }' "$tmp/work/organisations/front-line-defenders.yaml")
[ -n "$number" ] || { echo "update-test: no quoted +number in front-line-defenders.yaml" >&2; exit 1; }
change_number() { # change_number NEW [KEY]
    sed -i "0,/\"$current\"/s//\"$1\"/" "$tmp/work/organisations/front-line-defenders.yaml"
    current=$1
    if [ -n "${2:-}" ]; then as "$2" commit --quiet -S -am "Emergency line: $1"; else w commit --quiet -am "Emergency line: $1"; fi
    w push --quiet -f origin HEAD:main
}
current=$number

export SANAD_REPOSITORY="$tmp/origin.git" SANAD_STATE="$tmp/state" SANAD_CHECKOUT="$tmp/served" \
    SANAD_ALLOWED_SIGNERS="$tmp/allowed_signers" SANAD_BIN="$sanad"
# SANAD_UPDATE_WRAPPER runs the script under something, e.g. deploy/check's seccomp+MDWE
# sandbox: SANAD_UPDATE_WRAPPER=/path/to/sandbox (word-split on purpose).
run() { ${SANAD_UPDATE_WRAPPER:-} /bin/sh "$script" "$@" >>"$tmp/log" 2>&1; }
served_serial() { cat "$tmp/state/serial" 2>/dev/null || echo none; }
served_has() { grep -q "\"$1\"" "$tmp/served/organisations/front-line-defenders.yaml"; }

# 1. The first release needs the operator's flag.
release b 1
if run apply; then bad "first release without the flag was accepted"; else pass "first release refused without SANAD_ACCEPT_FIRST_RELEASE"; fi
[ "$(served_serial)" = none ] && [ ! -e "$tmp/served" ] || bad "something was served after the refusal"
if SANAD_ACCEPT_FIRST_RELEASE=yes run apply && [ "$(served_serial)" = 1 ] && [ -L "$tmp/served" ] &&
    grep -q '^serial: 1$' "$tmp/served/.sanad-release" && grep -q '^date: 2026-12-05$' "$tmp/served/.sanad-release"; then
    pass "first release accepted with the flag; .sanad-release written"
else bad "first release with the flag"; fi
if run check; then bad "check says new with nothing new"; else pass "check: nothing new (status 1)"; fi

# 2. A good release: A changes the number, B signs the release.
change_number "+44 20 7946 0001" a
release b 2
if run check && run apply && [ "$(served_serial)" = 2 ] && served_has "+44 20 7946 0001"; then
    pass "good release: A's signed change, B's release, served"
else bad "good release"; fi
good=$(w rev-parse HEAD)

# 3. An unsigned change, released by B.
change_number "+44 20 7946 0002"
release b 3
if run apply; then bad "unsigned change was served"; else pass "unsigned change refused"; fi
[ "$(served_serial)" = 2 ] && served_has "+44 20 7946 0001" || bad "the served release changed after a refusal (3)"

# 4. A release signed by a key no operator knows (on a branch from the served release).
w checkout --quiet -B main "$good"; current="+44 20 7946 0001"
change_number "+44 20 7946 0004" a
release stranger 4
if run apply; then bad "release signed by an unknown key was served"; else pass "release signed by an unknown key refused"; fi

# 5. The author signs their own release: the two-person rule.
w checkout --quiet -B main "$good"; current="+44 20 7946 0001"
change_number "+44 20 7946 0005" a
release a 5
if run apply; then bad "self-released change was served"; else pass "two-person rule: A cannot release A's change"; fi
[ "$(served_serial)" = 2 ] && served_has "+44 20 7946 0001" || bad "the served release changed after a refusal (5)"

# 6. Replays: release-1's signed tag object under a new name; an old serial in a new tag;
#    and a rollback to release-1's commit, validly signed by B with a higher serial.
git -C "$tmp/work" update-ref refs/tags/release-6 "$(git -C "$tmp/work" rev-parse refs/tags/release-1)"
w push --quiet origin release-6
if run apply; then bad "a replayed tag object was served"; else pass "replay: release-1's tag object as release-6 refused"; fi
w checkout --quiet -B main "$good"
as b tag -s -m "Sanad-Serial: 2" -m "Sanad-Date: 2026-12-05" release-7 && w push --quiet origin release-7
if run apply; then bad "a tag whose message says serial 2 was served as 7"; else pass "replay: release-7 saying Sanad-Serial: 2 refused"; fi
w checkout --quiet -B main release-1
release b 8
if run apply; then bad "a rollback to release-1's tree was served"; else pass "rollback: release-8 at release-1's commit refused"; fi
[ "$(served_serial)" = 2 ] && served_has "+44 20 7946 0001" || bad "the served release changed after a refusal (6-8)"

# 7. A broken file hidden from `git archive` by export-ignore (probe 7b), properly signed.
w checkout --quiet -B main "$good"; current="+44 20 7946 0001"
printf 'name: [unclosed\n' >>"$tmp/work/organisations/cpj.yaml"
printf 'organisations/cpj.yaml export-ignore\n' >"$tmp/work/.gitattributes"
w add -A && as a commit --quiet -S -m "Tidy attributes"
release b 9
if run apply; then bad "a tree that fails lint was served"; else pass "lint of the exact checkout refuses the export-ignore trick"; fi
[ "$(served_serial)" = 2 ] || bad "the served release changed after a refusal (9)"

# 8. And after all that, a good release still goes through.
w checkout --quiet -B main "$good"; current="+44 20 7946 0001"
change_number "+44 20 7946 0010" a
mkdir -p "$tmp/work/bundles"
for lang in en ar; do
    "$sanad" bundle --lang "$lang" --directory "$tmp/work" --date 2026-12-05 --output "$tmp/work/bundles/sanad-$lang.txt" 2>/dev/null
    ssh-keygen -q -Y sign -f "$tmp/key-b" -n sanad-bundle "$tmp/work/bundles/sanad-$lang.txt"
done
w add -A && as b commit --quiet -S -m "Pocket directories for release 10"
release b 10
if run check && run apply && [ "$(served_serial)" = 10 ] && served_has "+44 20 7946 0010" &&
    grep -q '^serial: 10$' "$tmp/served/.sanad-release" && grep -q "+44 20 7946 0010" "$tmp/served/bundles/sanad-en.txt"; then
    pass "good release 10 (with signed pocket directories) accepted after the refusals"
else bad "good release after refusals"; fi

# 9. A pocket directory changed after it was signed (a number in it), in an otherwise good release.
sed -i 's/+44 20 7946 0010/+44 20 7946 0666/' "$tmp/work/bundles/sanad-en.txt"
as a commit --quiet -S -am "Fix the bundle"
release b 11
if run apply; then bad "a release with a tampered pocket directory was served"; else pass "a pocket directory changed after signing refuses the release"; fi
[ "$(served_serial)" = 10 ] || bad "the served release changed after a refusal (11)"

if [ "$failures" -ne 0 ]; then
    echo "update-test: $failures failure(s); the update script's log:" >&2
    cat "$tmp/log" >&2
    exit 1
fi
echo "update-test: all cases passed"
