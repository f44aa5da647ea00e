#!/bin/sh
# certbot deploy hook for Sanad: installs a newly issued or renewed certificate where the
# service (a dynamic user in the static group sanad-tls) can read it.
#
#   install -m 0755 deploy/renew-hook.sh /etc/letsencrypt/renewal-hooks/deploy/sanad.sh
#   (or: certbot certonly … --deploy-hook /usr/local/lib/sanad/renew-hook.sh)
#
# certbot runs deploy hooks as root after every successful issuance or renewal, with
# RENEWED_LINEAGE=/etc/letsencrypt/live/<name>. Let's Encrypt's privkey.pem is root-only
# (archive/ is 0700), so Sanad cannot read it there.
#
# Each file is written beside its target (install -m 0640, owner root, group sanad-tls)
# and renamed over it, so the server never reads half a file. Sanad re-reads certificate
# files when they change, without a restart; the key is renamed first and the chain last,
# so the last change seen is a matching pair. A `systemctl reload` follows as well, for
# builds that only re-read on SIGHUP (a reload also rebuilds the index aside: harmless).
#
# Settings (environment, all optional):
#   SANAD_TLS_DIR     destination (default /etc/sanad/tls)
#   SANAD_TLS_GROUP   group that may read the key (default sanad-tls)
#   SANAD_DOMAIN      only act for this certificate name (default: any renewed lineage)
#   SANAD_RELOAD      "no" to skip the reload (default yes)
#   SANAD_UNITS       units to reload (default "sanad.service sanad-onion.service")
set -eu

dest=${SANAD_TLS_DIR:-/etc/sanad/tls}
group=${SANAD_TLS_GROUP:-sanad-tls}
units=${SANAD_UNITS:-sanad.service sanad-onion.service}

say() { printf 'sanad renew-hook: %s\n' "$*" >&2; }

if [ -z "${RENEWED_LINEAGE:-}" ]; then
    say "RENEWED_LINEAGE is not set: run me from certbot --deploy-hook"
    exit 2
fi
if [ -n "${SANAD_DOMAIN:-}" ] && [ "$(basename "$RENEWED_LINEAGE")" != "$SANAD_DOMAIN" ]; then
    exit 0
fi
if ! getent group "$group" > /dev/null; then
    say "group $group does not exist (groupadd --system $group)"
    exit 2
fi

install -d -m 0750 -o root -g "$group" "$dest"

# Write both files aside first, so a failure leaves the installed pair untouched.
for name in privkey fullchain; do
    install -m 0640 -o root -g "$group" "$RENEWED_LINEAGE/$name.pem" "$dest/.$name.pem.new"
done
# rename(2) within one directory is atomic: readers see the old file or the new one.
mv -f "$dest/.privkey.pem.new" "$dest/privkey.pem"
mv -f "$dest/.fullchain.pem.new" "$dest/fullchain.pem"
say "installed $(basename "$RENEWED_LINEAGE") into $dest"

if [ "${SANAD_RELOAD:-yes}" != "no" ] && command -v systemctl > /dev/null; then
    for unit in $units; do
        if systemctl is-active --quiet "$unit"; then
            systemctl reload-or-try-restart "$unit" || say "reload of $unit failed; it keeps serving"
        fi
    done
fi
