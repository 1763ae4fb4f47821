"""When the database goes away, pages say so quickly and come back by themselves.

The first tests refuse every query in-process. The rest run gunicorn, with the production
config, against a throwaway PostgreSQL cluster of their own that they stop, silence and start
again; the machine's shared server is never touched.
"""

import glob
import http.client
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from django.db import DEFAULT_DB_ALIAS, IntegrityError, OperationalError, connection, connections

ROOT = Path(__file__).resolve().parent.parent
# The bound for an answer while the database is unreachable.
DOWN_ANSWER_SECONDS = 4
# Every wait on a subprocess or a socket is bounded, so a regression fails instead of hanging.
SUBPROCESS_TIMEOUT = 60
REQUEST_TIMEOUT = 15
# Sent with every request to the real server, then looked for in everything it printed.
MARKER_AGENT = "marker-agent-7f3c"
MARKER_ADDRESS = "203.0.113.77"


@pytest.fixture
def refuse_every_query():
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection to server failed: Connection refused")

    with connection.execute_wrapper(refuse):
        yield


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/", "/en/services/any-service/"])
def test_it_answers_a_static_503_when_the_database_refuses(client, refuse_every_query, url):
    # A query during the 503's own rendering would raise again, and the client would re-raise.
    response = client.get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert not response.cookies
    html = response.content.decode()
    assert '<a class="exit-button" href="/exit/"' in html
    assert "The directory is unavailable for a moment" in html


@pytest.mark.django_db
def test_staff_in_the_admin_get_the_same_page(client, refuse_every_query):
    # Their session lives in the database, so the admin needs it from the first request.
    client.cookies["sessionid"] = "s" * 32
    response = client.get("/admin/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"


@pytest.mark.django_db
def test_it_answers_in_the_readers_language_and_direction(client, refuse_every_query):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.django_db
def test_it_leaves_a_broken_query_to_the_500_handler(client):
    def violate(execute, sql, params, many, context):
        raise IntegrityError("a bug, not an outage")

    with connection.execute_wrapper(violate), pytest.raises(IntegrityError):
        client.get("/en/")


def test_liveness_does_not_need_the_database(client, refuse_every_query):
    assert client.get("/healthz").status_code == 200


@pytest.fixture
def kept_connection(db):
    """A second connection to the test database, as a worker keeps one between requests."""
    if connection.vendor != "postgresql":
        pytest.skip("the health check without a round trip is PostgreSQL's")
    kept = connections.create_connection(DEFAULT_DB_ALIAS)
    kept.ensure_connection()
    yield kept
    kept.close()


def test_an_idle_kept_connection_is_checked_without_asking_the_server(kept_connection, monkeypatch):
    def no_round_trip(*args, **kwargs):
        raise AssertionError("the health check asked the server")

    with monkeypatch.context() as patched:
        patched.setattr(type(kept_connection.connection), "cursor", no_round_trip)
        patched.setattr(type(kept_connection.connection), "execute", no_round_trip)
        usable = kept_connection.is_usable()

    assert usable


def test_a_kept_connection_the_server_ended_is_given_up(kept_connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(%s)", [kept_connection.connection.info.backend_pid]
        )
    # The server says goodbye at once; its words reach the socket a moment later.
    deadline = time.monotonic() + SUBPROCESS_TIMEOUT
    while kept_connection.is_usable() and time.monotonic() < deadline:
        time.sleep(0.05)

    assert not kept_connection.is_usable()


def test_a_kept_connection_left_in_a_failed_transaction_is_given_up(kept_connection):
    kept_connection.connection.execute("BEGIN")
    with pytest.raises(psycopg.errors.DivisionByZero):
        kept_connection.connection.execute("SELECT 1/0")

    assert not kept_connection.is_usable()


def postgres_binaries() -> Path | None:
    """The newest PostgreSQL server binaries Debian installed, if any."""
    found = [Path(initdb).parent for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    return max(found, key=lambda bindir: int(bindir.parent.name), default=None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster in a temporary directory, on a free loopback port."""

    def __init__(self, bindir: Path, directory: Path):
        self.bindir = bindir
        self.directory = directory
        self.port = free_port()
        # initdb and pg_ctl refuse to run as root.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, *args: str) -> None:
        subprocess.run(
            [*self.as_owner, str(self.bindir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            timeout=SUBPROCESS_TIMEOUT,
        )

    def create(self) -> None:
        self.run(
            "initdb", "-D", str(self.directory / "data"), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        # The data are thrown away afterwards, so durability is traded for a faster migrate.
        options = (
            f"-k {self.directory} -c listen_addresses=127.0.0.1 -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl", "start", "-D", str(self.directory / "data"),
            "-l", str(self.directory / "server.log"), "-o", options, "-w", "-t", "30",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "stop", "-D", str(self.directory / "data"), "-m", mode, "-w", "-t", "30")


@pytest.fixture(scope="module")
def cluster():
    bindir = postgres_binaries()
    if bindir is None:
        pytest.skip("PostgreSQL's initdb is not installed (Debian's postgresql package has it)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.skip("running as root needs runuser to start PostgreSQL as its own user")
    directory = Path(tempfile.mkdtemp(prefix="fd-database-down-"))
    try:
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(directory, owner.pw_uid, owner.pw_gid)
        cluster = Cluster(bindir, directory)
        cluster.create()
        cluster.start()
        try:
            yield cluster
        finally:
            cluster.stop(mode="immediate")
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: str
    seconds: float


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    output: Path

    def get(self, path: str) -> Reply:
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(
                "GET", path, headers={"User-Agent": MARKER_AGENT, "X-Forwarded-For": MARKER_ADDRESS}
            )
            response = conn.getresponse()
            body = response.read().decode()
        finally:
            conn.close()
        return Reply(response.status, response.headers, body, time.monotonic() - started)


# The suite's conftest does the same in-process: the hashed-name manifest that production
# settings expect exists only after collectstatic, which the Docker build runs.
SERVER_SETTINGS = """
from config.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
"""


@pytest.fixture(scope="module")
def server(cluster, tmp_path_factory):
    """gunicorn with the production config, one worker, on the throwaway cluster."""
    settings_dir = tmp_path_factory.mktemp("server-settings")
    (settings_dir / "database_down_settings.py").write_text(SERVER_SETTINGS)
    env = {
        **os.environ,
        "DATABASE_URL": cluster.url,
        "DJANGO_SETTINGS_MODULE": "database_down_settings",
        "PYTHONPATH": str(settings_dir),
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=SUBPROCESS_TIMEOUT,
    )
    port = free_port()
    output = settings_dir / "server-output.log"
    # One worker, so every request meets the same persistent database connection.
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi", "-c", "gunicorn.conf.py",
        "--bind", f"127.0.0.1:{port}", "--workers", "1",
    ]  # fmt: skip
    with output.open("w") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    server = Server(process, port, output)
    try:
        wait_until_serving(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=SUBPROCESS_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=SUBPROCESS_TIMEOUT)


def wait_until_serving(server: Server) -> None:
    deadline = time.monotonic() + SUBPROCESS_TIMEOUT
    while time.monotonic() < deadline:
        assert server.process.poll() is None, server.output.read_text()
        try:
            if server.get("/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    pytest.fail(f"gunicorn did not answer within {SUBPROCESS_TIMEOUT} s")


def assert_outage_page(reply: Reply) -> None:
    assert reply.status == 503
    assert reply.seconds < DOWN_ANSWER_SECONDS
    assert reply.headers["Retry-After"] == "30"
    assert 'href="/exit/"' in reply.body


def test_it_answers_503_while_postgresql_is_stopped_and_recovers_without_a_restart(cluster, server):
    # Leaves a persistent connection open, which the stop then breaks.
    assert server.get("/en/").status == 200

    cluster.stop()
    try:
        # A page already in the page cache is still served, without the database.
        assert server.get("/en/").status == 200
        # Anything else: the first request finds the broken connection, the others a
        # refused new one. Searches and missing pages are never kept in the cache.
        for path in ["/ar/", "/en/?q=clinic", "/en/services/any-service/", "/en/guidance/"]:
            assert_outage_page(server.get(path))
        assert server.get("/readyz").status == 503
        assert server.get("/healthz").status == 200
    finally:
        cluster.start()

    assert server.get("/en/").status == 200
    assert server.get("/readyz").status == 200
    assert server.process.poll() is None


def test_a_restart_between_requests_goes_unnoticed(cluster, server):
    assert server.get("/en/").status == 200

    cluster.stop()
    cluster.start()

    # The idle connection died with the server; the health check replaces it unseen.
    assert server.get("/en/").status == 200


def test_it_gives_up_on_a_database_that_never_answers_within_the_bound(cluster, server):
    assert server.get("/en/").status == 200
    cluster.stop()
    # Accepts connections (the kernel completes them) and never says a word, like a host
    # behind a broken firewall: only connect_timeout stands between a worker and a hang.
    silent = socket.socket()
    try:
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        silent.bind(("127.0.0.1", cluster.port))
        silent.listen(16)
        assert_outage_page(server.get("/en/?q=silent"))
        # The worker is free again, not stuck on the silent host.
        assert server.get("/healthz").status == 200
    finally:
        silent.close()
        cluster.start()

    assert server.get("/en/").status == 200


def test_nothing_about_the_visitors_reaches_the_server_output(server):
    # Runs last, after the outages above have made the server log everything it would.
    printed = server.output.read_text()
    assert MARKER_AGENT not in printed
    assert MARKER_ADDRESS not in printed
