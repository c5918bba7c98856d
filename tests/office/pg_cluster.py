"""A throw-away PostgreSQL cluster (Debian's initdb/pg_ctl) on a free local port, for tests.

    python -m tests.office.pg_cluster start DIR   # prints the connection settings
    python -m tests.office.pg_cluster stop DIR

As root the server runs as the `postgres` user (PostgreSQL refuses to run as root), in a data
folder that user owns; otherwise it runs as the current user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN_USER, ADMIN_PASSWORD = "office_admin", "admin-secret"
DATABASE = "office"


def server_bin() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding initdb, or the one on PATH, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if
                   Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def missing_reason() -> str | None:
    """Why no cluster can be started here, or None when it can."""
    if server_bin() is None:
        return ("PostgreSQL server binaries not found (install the Debian package "
                "'postgresql': bash .ci/system-packages.sh postgres)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """A running (or stopped) cluster in `root`: data/, sockets/, log."""

    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockets(self) -> Path:
        return self.root / "sockets"

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(server_bin() / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> None:
        """initdb with a password-protected admin role (scram) and no trust at all."""
        self.sockets.mkdir(parents=True, exist_ok=True)
        pwfile = self.root / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            for path in (self.sockets, pwfile):
                shutil.chown(path, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", ADMIN_USER, "--pwfile", str(pwfile),
                  "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()

    def start(self) -> None:
        """pg_ctl start on the cluster's port, waiting until it accepts connections."""
        options = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """pg_ctl stop (fast: roll back open transactions; immediate: like a power cut)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        """Stop then start again on the same port."""
        self.stop()
        self.start()

    def create_database(self) -> None:
        """The office database, owned by the admin role."""
        env = {**os.environ, "PGPASSWORD": ADMIN_PASSWORD}
        subprocess.run([str(server_bin() / "createdb"), "-h", self.host, "-p", str(self.port),
                        "-U", ADMIN_USER, DATABASE], check=True, env=env, capture_output=True)

    def conninfo(self, user: str = ADMIN_USER, password: str = ADMIN_PASSWORD,
                 database: str = DATABASE) -> str:
        """A libpq connection string for this cluster."""
        return (f"host={self.host} port={self.port} dbname={database} user={user} "
                f"password={password} connect_timeout=5")


def start_cluster(root: Path | None = None) -> Cluster:
    """initdb + start + createdb in a new temp folder (or `root`)."""
    root = Path(root or tempfile.mkdtemp(prefix="secretary-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    cluster = Cluster(root, free_port())
    cluster.init()
    cluster.start()
    cluster.create_database()
    (root / "port").write_text(str(cluster.port))
    return cluster


def main(argv: list[str]) -> int:
    """start DIR | stop DIR"""
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    if argv[0] == "start" and (root / "port").exists():
        print(f"office-test-db: already running on port {(root / 'port').read_text()} "
              f"(stop it first: python -m tests.office.pg_cluster stop {root})", file=sys.stderr)
        return 1
    if argv[0] == "stop":
        if (root / "port").exists():
            Cluster(root, int((root / "port").read_text())).stop()
            shutil.rmtree(root, ignore_errors=True)
        return 0
    reason = missing_reason()
    if reason:
        print(f"office-test-db: {reason}", file=sys.stderr)
        return 1
    cluster = start_cluster(root)
    print(f"PostgreSQL running: host={cluster.host} port={cluster.port} dbname={DATABASE} "
          f"user={ADMIN_USER} password={ADMIN_PASSWORD}")
    print(f"Stop it with: python -m tests.office.pg_cluster stop {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
