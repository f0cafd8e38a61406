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
[ -x /bin/busybox ] && /bin/busybox --help 2>&1 | grep -q static || dpkg -s busybox-static >/dev/null 2>&1 || need_apt+=(busybox-static)
have htpasswd || need_apt+=(apache2-utils)
have kubectl || need_apt+=(kubernetes-client) # kubectl: the oracle of the canary's readiness tests
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "provision: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # --no-install-recommends keeps the services from being auto-started by systemd units we do not use.
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Python tools, pinned, in a venv of our own.
venv="$state/venv"
if [ ! -x "$venv/bin/bandit" ] || [ ! -x "$venv/bin/moto_server" ] || [ ! -x "$venv/bin/cfn-lint" ]; then
  echo "provision: python venv with bandit, moto[server] and cfn-lint"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/scripts/requirements-services.txt"
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
