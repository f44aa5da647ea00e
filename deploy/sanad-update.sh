#!/bin/sh
# Brings the directory checkout up to date from git, never to a commit that fails lint.
#
#   sanad-update.sh check   exit 0 if the remote has a commit we do not serve yet, 1 if not
#                           (ExecCondition=: 1 skips the rest of the unit quietly), 255 if
#                           the fetch or the first clone fails (the unit fails, visibly)
#   sanad-update.sh apply   lint the new commit in a scratch copy; fast-forward only if clean
#
# Runs as the service's own dynamic user (sanad-update.service), so the checkout stays owned
# by the user that serves it and git never meets "dubious ownership". The first run clones.
# Settings come from the environment (/etc/sanad/update.env):
#   SANAD_REPOSITORY  git URL of the directory repository (required for the first clone)
#   SANAD_BRANCH      branch or tag to follow (default main); every replica follows the same one
#   SANAD_CHECKOUT    where the checkout lives (default /var/lib/sanad/directory)
#   SANAD_SUBDIR      the directory folder inside the repository (default ".": the repository
#                     root; "directory" when cloning the Sanad repository itself)
#   SANAD_BIN         the sanad binary (default /usr/local/bin/sanad)
set -eu

checkout=${SANAD_CHECKOUT:-/var/lib/sanad/directory}
branch=${SANAD_BRANCH:-main}
subdir=${SANAD_SUBDIR:-.}
sanad=${SANAD_BIN:-/usr/local/bin/sanad}

say() { printf 'sanad-update: %s\n' "$*" >&2; }

# Under ExecCondition= any status from 1 to 254 means "skip quietly"; a real failure must
# be 255 there to mark the unit failed, so monitors see a directory that stopped updating.
case "${1:-}" in
check) failure=255 ;;
*) failure=2 ;;
esac
fail() { say "$*"; exit "$failure"; }

clone_if_missing() {
    if [ ! -d "$checkout/.git" ]; then
        if [ -z "${SANAD_REPOSITORY:-}" ]; then
            fail "no checkout at $checkout and SANAD_REPOSITORY is not set"
        fi
        say "cloning $SANAD_REPOSITORY ($branch) into $checkout"
        git clone --quiet --branch "$branch" --single-branch -- "$SANAD_REPOSITORY" "$checkout" ||
            fail "cannot clone $SANAD_REPOSITORY"
        lint_tree "$checkout/$subdir" || say "warning: the first clone does not pass lint; the server will refuse it"
        # Nothing to compare with on a first clone: the server loads it at start or reload.
        exit 0
    fi
}

# Lints a directory folder; lint prints every problem as file:line:column.
lint_tree() {
    "$sanad" lint --strict "$1"
}

remote_commit() {
    git -C "$checkout" rev-parse --verify --quiet "FETCH_HEAD^{commit}"
}

case "${1:-}" in
check)
    clone_if_missing
    git -C "$checkout" fetch --quiet origin "$branch" || fail "cannot fetch $branch; still serving what we have"
    new=$(remote_commit)
    old=$(git -C "$checkout" rev-parse HEAD)
    if [ "$new" = "$old" ]; then
        exit 1
    fi
    say "new commit $new (serving $old)"
    exit 0
    ;;
apply)
    clone_if_missing
    # Right after a clone there is no FETCH_HEAD: the commit to check is HEAD itself.
    new=$(remote_commit || git -C "$checkout" rev-parse HEAD)
    old=$(git -C "$checkout" rev-parse HEAD)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # Lint the exact tree we would serve, before it touches the live checkout.
    git -C "$checkout" archive --format=tar "$new" | tar -x --no-same-owner -C "$scratch"
    # From inside the scratch copy, so problems read as paths in the repository.
    if ! (cd "$scratch" && lint_tree "$subdir"); then
        say "commit $new fails lint --strict; still serving $old"
        exit 1
    fi
    git -C "$checkout" merge --ff-only --quiet "$new"
    say "now at $new"
    ;;
*)
    say "usage: sanad-update.sh check|apply"
    exit 2
    ;;
esac
