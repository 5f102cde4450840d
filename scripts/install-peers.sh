#!/usr/bin/env bash
# Install the Debian packages the prober tests start as real peers, when they are missing: the
# kernel's tools (iproute2 for namespaces, nftables for drop/reject rules, iptables to validate
# rendered rulesets) and the daemons.
set -euo pipefail
PACKAGES=(iproute2 nftables iptables dnsmasq-base chrony openssh-server openssh-client nginx-light openssl squid faketime samba rpcbind nfs-ganesha nfs-ganesha-vfs graphviz chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/install-peers.sh: the prober tests need ${missing[*]}; run as root or install them" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Daemons are started by the tests themselves, never as services.
  made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ -n "$made_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
