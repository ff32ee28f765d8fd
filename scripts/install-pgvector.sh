#!/usr/bin/env bash
# Builds pgvector into the local PostgreSQL server from Debian's source package
# (bookworm has no binary package for it). Idempotent: does nothing when the
# extension is already installed. Needs root and Debian's package mirrors.
set -euo pipefail

pg_major=$(pg_config --version 2>/dev/null | sed -E 's/^PostgreSQL ([0-9]+).*/\1/' || true)
if [ -z "${pg_major}" ]; then
  pg_major=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
fi
[ -n "${pg_major}" ] || { echo "install-pgvector: no PostgreSQL server found" >&2; exit 1; }

ext_dir="/usr/share/postgresql/${pg_major}/extension"
if [ -f "${ext_dir}/vector.control" ]; then
  echo "install-pgvector: already installed for PostgreSQL ${pg_major}"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
src_list=/etc/apt/sources.list.d/convix-trixie-src.list
if [ ! -f "${src_list}" ]; then
  echo "deb-src http://deb.debian.org/debian trixie main" > "${src_list}"
fi
apt-get update -qq
apt-get install -y -qq "postgresql-server-dev-${pg_major}" make gcc dpkg-dev >/dev/null

work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
cd "${work}"
apt-get source --download-only -qq pgvector
tar xf pgvector_*.orig.tar.* 
cd "$(find . -maxdepth 1 -type d -name 'pgvector-*' | head -1)"
make -s PG_CONFIG="/usr/lib/postgresql/${pg_major}/bin/pg_config" OPTFLAGS=""
make -s install PG_CONFIG="/usr/lib/postgresql/${pg_major}/bin/pg_config"
echo "install-pgvector: installed $(grep default_version vector.control) for PostgreSQL ${pg_major}"
