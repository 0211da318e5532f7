# Sourced by deploy/backup.sh and deploy/restore.sh: the PostgreSQL client tools that fit the server.
# pg_dump refuses a server newer than itself, and a dump of a newer pg_dump may not restore with an older pg_restore:
# take the tools of the server's major version (Debian keeps them side by side in /usr/lib/postgresql/<major>/bin),
# else the ones on PATH if they are at least as new.

# The server's version number, e.g. 150020 for 15.20.
pg_server_version() {
  psql -d postgres -w -qtAX -c 'show server_version_num'
}

# pg_tool NAME: the path of pg_dump / pg_restore / psql that fits the server, or fails saying why.
pg_tool() {
  local name=$1 server major candidate version
  server="$(pg_server_version)" || { echo "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER" >&2; return 1; }
  major=$((server / 10000))
  for candidate in "/usr/lib/postgresql/$major/bin/$name" "$(command -v "$name" || true)"; do
    [[ -n $candidate && -x $candidate ]] || continue
    version="$("$candidate" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')"
    if [[ $version -ge $major ]]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "no $name of PostgreSQL $major or newer (the server is $major): apt-get install postgresql-client-$major" >&2
  return 1
}
