#!/bin/sh
# Serves the newest signed release of the directory, and nothing else (issue 25).
#
#   sanad-update.sh check   exit 0 if a release newer than the one served exists (or none is
#                           served yet), 1 if not (ExecCondition=: 1 skips the rest of the unit
#                           quietly), 255 if the fetch fails (the unit fails, visibly)
#   sanad-update.sh apply   verify the newest release, lint its exact checkout, switch to it
#
# A release is a signed annotated tag release-N ("Sanad-Serial: N", "Sanad-Date: YYYY-MM-DD";
# deploy/README.md, "Releases"). Before serving release-N, apply checks, and refuses on any doubt:
#   1. the tag is signed by a key in the operator's allowed signers file (sanad review);
#   2. N is higher than the serial served, and the release descends from the commit served
#      (no replay, no rollback, no rewritten history);
#   3. for every release between the served one and N on that line of history, each commit
#      that changes the directory is signed by a known maintainer and the release is signed by
#      another one (sanad review --require-second-signer);
#   4. sanad lint --strict passes on a git worktree checkout of the release: the exact files
#      that will be served (not `git archive`, which obeys the release's own .gitattributes);
#   5. every pocket directory in the release's bundles/ has a good sanad-bundle signature;
# then points the served path (a symbolic link) at that checkout in one rename, writes the
# release's serial and date into it (.sanad-release: the about page says when data may be
# stale), and records the serial and commit in its state directory. The unit then reloads.
# The first release is accepted only with SANAD_ACCEPT_FIRST_RELEASE=yes (trust on first use:
# its signature is still checked).
#
# Settings come from the environment (/etc/sanad/update.env):
#   SANAD_REPOSITORY       git URL of the directory repository (https://, ssh:// or user@host:;
#                          git:// and http:// are refused); re-read on every run
#   SANAD_ALLOWED_SIGNERS  the maintainers' keys (default /etc/sanad/allowed_signers)
#   SANAD_STATE            state directory (default /var/lib/sanad/update): repository.git,
#                          releases/N (checkouts), serial, commit
#   SANAD_CHECKOUT         the path the server reads (default /var/lib/sanad/directory): a
#                          symbolic link this script moves to releases/N
#   SANAD_SUBDIR           the directory folder inside the repository (default "."; "directory"
#                          when following the Sanad repository itself)
#   SANAD_BIN              the sanad binary (default /usr/local/bin/sanad)
#   SANAD_ACCEPT_FIRST_RELEASE=yes   accept a first release when none is served yet
set -eu

state=${SANAD_STATE:-/var/lib/sanad/update}
checkout=${SANAD_CHECKOUT:-/var/lib/sanad/directory}
subdir=${SANAD_SUBDIR:-.}
sanad=${SANAD_BIN:-/usr/local/bin/sanad}
allowed=${SANAD_ALLOWED_SIGNERS:-/etc/sanad/allowed_signers}
repo=$state/repository.git

say() { printf 'sanad-update: %s\n' "$*" >&2; }

# Under ExecCondition= any status from 1 to 254 means "skip quietly"; a real failure must
# be 255 there to mark the unit failed, so monitors see a directory that stopped updating.
case "${1:-}" in
check) failure=255 ;;
*) failure=2 ;;
esac
fail() { say "$*"; exit "$failure"; }

# The bare repository releases are fetched into; the remote URL follows update.env.
prepare_repository() {
    url=${SANAD_REPOSITORY:-}
    case "$url" in
    "") [ -d "$repo" ] || fail "SANAD_REPOSITORY is not set" ;;
    git://* | http://*) fail "SANAD_REPOSITORY uses an unauthenticated transport ($url); use https:// or ssh" ;;
    esac
    [ -f "$allowed" ] || fail "no allowed signers file at $allowed: nothing can be verified"
    mkdir -p "$state/releases"
    if [ ! -d "$repo" ]; then
        git init --quiet --bare "$repo"
        git -C "$repo" remote add origin "$url"
    elif [ -n "$url" ]; then
        git -C "$repo" remote set-url origin "$url"
    fi
    # Release tags only. Without "+", a tag that moved upstream makes the fetch fail (visible)
    # instead of silently replacing a release this replica already knows.
    git -C "$repo" fetch --quiet --no-tags origin 'refs/tags/release-*:refs/tags/release-*' ||
        fail "cannot fetch release tags from $url; still serving what we have"
}

# Serials of the release tags present, ascending (names that are not release-N are ignored).
release_serials() {
    git -C "$repo" for-each-ref --format='%(refname:strip=2)' 'refs/tags/release-*' |
        sed -n 's/^release-\([1-9][0-9]\{0,8\}\)$/\1/p' | sort -n
}

served_serial() { cat "$state/serial" 2>/dev/null || true; }

commit_of() { git -C "$repo" rev-parse --verify --quiet "refs/tags/release-$1^{commit}"; }

# sanad review: the tag's signature, its serial and date, and the two-person rule since $1.
verify_release() {
    "$sanad" review --repository "$repo" --subdir "$subdir" --since "$1" "release-$2" \
        --require-second-signer --allowed-signers "$allowed"
}

case "${1:-}" in
check)
    prepare_repository
    newest=$(release_serials | tail -n 1)
    served=$(served_serial)
    [ -n "$newest" ] || exit 1
    if [ -n "$served" ] && [ "$newest" -le "$served" ]; then
        exit 1
    fi
    say "release $newest is available (serving ${served:-nothing})"
    exit 0
    ;;
apply)
    prepare_repository
    newest=$(release_serials | tail -n 1)
    [ -n "$newest" ] || fail "the repository has no release tag (release-N)"
    served=$(served_serial)
    new=$(commit_of "$newest") || fail "release-$newest does not point at a commit"
    if [ -z "$served" ]; then
        [ "${SANAD_ACCEPT_FIRST_RELEASE:-}" = yes ] ||
            fail "no release is served yet: check release-$newest's signer, then run once with SANAD_ACCEPT_FIRST_RELEASE=yes"
        # Trust on first use: the tag must be validly signed; the two-person rule is checked
        # against the previous release when the repository has one.
        previous=$(release_serials | awk -v n="$newest" '$1 < n' | tail -n 1)
        verify_release "release-${previous:-$newest}" "$newest" ||
            fail "release-$newest is refused; nothing served"
    else
        if [ "$newest" -le "$served" ]; then
            say "the newest release, $newest, is not newer than the one served ($served): nothing to do"
            exit 1
        fi
        old=$(cat "$state/commit")
        git -C "$repo" merge-base --is-ancestor "$old" "$new" ||
            fail "release-$newest does not descend from the release served ($served, ${old}): rollback or rewritten history refused"
        # Every release on the line from the served one to the newest, each checked against
        # the last one that passed. Releases on abandoned branches are not part of what is
        # served. An intermediate release that fails is skipped, never trusted: the next one
        # is then checked over its changes too (a longer range, so a stricter check).
        since=$old
        for serial in $(release_serials | awk -v a="$served" -v b="$newest" '$1 > a && $1 < b'); do
            commit=$(commit_of "$serial") || continue
            git -C "$repo" merge-base --is-ancestor "$old" "$commit" || continue
            git -C "$repo" merge-base --is-ancestor "$commit" "$new" || continue
            if verify_release "$since" "$serial"; then
                since=release-$serial
            else
                say "release-$serial does not pass; release-$newest must cover its changes"
            fi
        done
        verify_release "$since" "$newest" || fail "release-$newest is refused; still serving release $served"
    fi

    # Check out the exact tree that will be served, and lint it there.
    target=$state/releases/$newest
    if [ -e "$target" ]; then
        git -C "$repo" worktree remove --force "$target" 2>/dev/null || rm -rf "$target"
    fi
    git -C "$repo" worktree prune
    git -C "$repo" worktree add --quiet --detach "$target" "$new" || fail "cannot check out release-$newest"
    if ! (cd "$target" && "$sanad" lint --strict "$subdir"); then
        git -C "$repo" worktree remove --force "$target" || true
        fail "release-$newest fails lint --strict; still serving ${served:-nothing}"
    fi
    # Pocket directories committed with the release (bundles/sanad-LANG.txt and .sig, signed by
    # a maintainer with ssh-keygen -Y sign -n sanad-bundle) are verified like the release.
    for bundle in "$target"/bundles/*.txt; do
        [ -e "$bundle" ] || continue
        if ! "$sanad" verify "$bundle" --signature "$bundle.sig" --allowed-signers "$allowed"; then
            git -C "$repo" worktree remove --force "$target" || true
            fail "release-$newest carries a pocket directory whose signature fails (${bundle##*/}); still serving ${served:-nothing}"
        fi
    done
    date=$(git -C "$repo" cat-file tag "release-$newest" | sed -n 's/^Sanad-Date: *//p' | head -n 1)
    printf 'serial: %s\ndate: %s\ncommit: %s\n' "$newest" "$date" "$new" >"$target/$subdir/.sanad-release"

    # Switch in one rename: the server reads either the old tree or the new one, never half.
    if [ -e "$checkout" ] && [ ! -L "$checkout" ]; then
        [ -z "$served" ] || fail "$checkout is not a symbolic link; refusing to replace it"
        say "moving the old checkout aside to $checkout.before-releases"
        mv "$checkout" "$checkout.before-releases"
    fi
    ln -sfn "$target" "$checkout.new"
    mv -T "$checkout.new" "$checkout"
    printf '%s\n' "$newest" >"$state/serial.new" && mv "$state/serial.new" "$state/serial"
    printf '%s\n' "$new" >"$state/commit.new" && mv "$state/commit.new" "$state/commit"
    say "now serving release $newest ($date) at $new"

    # Keep the release served before this one (requests in flight may still read it).
    for dir in "$state"/releases/*; do
        name=${dir##*/}
        [ "$name" = "$newest" ] || [ "$name" = "${served:-}" ] || git -C "$repo" worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
    done
    git -C "$repo" worktree prune
    ;;
*)
    say "usage: sanad-update.sh check|apply"
    exit 2
    ;;
esac
