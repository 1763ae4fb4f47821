"""Restore drills: back up the demo database, restore it into an empty one, compare.

A backup is only as good as its restore, so these run the real scripts (bin/backup and
bin/restore) on real databases: SQLite files in a temporary folder always, and PostgreSQL
databases of their own on the suite's server when the suite runs on PostgreSQL.
"""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.db import connection
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
SUBPROCESS_TIMEOUT = 300

# Run in a fresh interpreter on the database under test. With "load" it first builds the demo
# database, otherwise it checks no migration is missing; then it prints the pages the drill
# compares, as JSON.
PAGES_SCRIPT = """
import io
import json
import sys

import django

django.setup()

from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings, setup_test_environment

from services.models import Service

if sys.argv[1] == "load":
    # Their reports would mix with the JSON on stdout.
    call_command("migrate", verbosity=0, stdout=io.StringIO())
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
else:
    # A restored database carries its migration history: nothing may be left to apply.
    call_command("migrate", check=True, verbosity=0)

# Lets the test client's host in, as pytest-django does.
setup_test_environment()
# As the suite's conftest: the manifest of hashed names exists only after collectstatic.
plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
pages = {}
with override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain_static}):
    service = Service.objects.published().order_by("slug").first()
    for url in ["/en/", f"/en/services/{service.slug}/"]:
        response = Client().get(url)
        pages[url] = [response.status_code, response.content.decode()]
json.dump(pages, sys.stdout)
"""


def run(command: list[str], database_url: str, backups: Path) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "BACKUP_DIR": str(backups),
        "DJANGO_SHOW_DEMO_DATA": "1",
    }
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def pages(database_url: str, backups: Path, *, load: bool = False) -> dict:
    mode = "load" if load else "read"
    return json.loads(run([sys.executable, "-c", PAGES_SCRIPT, mode], database_url, backups))


def drill(source_url: str, restored_url: str, backups: Path) -> dict:
    """Load, back up, restore; return the pages before and after."""
    before = pages(source_url, backups, load=True)
    backup_file = run(["bin/backup"], source_url, backups).splitlines()[-1]
    assert Path(backup_file).stat().st_mode & 0o777 == 0o600
    run(["bin/restore", backup_file], restored_url, backups)
    after = pages(restored_url, backups)
    return {"before": before, "after": after}


def assert_same_pages(result: dict) -> None:
    for url, (status, html) in result["before"].items():
        assert status == 200, url
        assert result["after"][url] == [status, html], url


def assert_same_rows(before: dict[str, int], after: dict[str, int]) -> None:
    assert after == before
    # Something worth restoring was there: the demo services and what hangs off them.
    assert before["services_service"] > 0
    assert before["directory_organisation"] > 0


def sqlite_row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }


def test_a_sqlite_backup_restores_into_an_empty_database_with_every_row_and_page(tmp_path):
    source, restored = tmp_path / "source.sqlite3", tmp_path / "restored.sqlite3"

    result = drill(f"sqlite:///{source}", f"sqlite:///{restored}", tmp_path / "backups")

    assert_same_rows(sqlite_row_counts(source), sqlite_row_counts(restored))
    assert_same_pages(result)


def test_a_restore_keeps_what_it_replaces(tmp_path):
    backups, live = tmp_path / "backups", tmp_path / "live.sqlite3"
    with closing(sqlite3.connect(live)) as db, db:
        db.execute("CREATE TABLE note (text)")
        db.execute("INSERT INTO note VALUES ('backed up')")
    backup_file = run(["bin/backup"], f"sqlite:///{live}", backups).splitlines()[-1]
    with closing(sqlite3.connect(live)) as db, db:
        db.execute("UPDATE note SET text = 'written after the backup'")

    output = run(["bin/restore", backup_file], f"sqlite:///{live}", backups)

    with closing(sqlite3.connect(live)) as db:
        assert db.execute("SELECT text FROM note").fetchall() == [("backed up",)]
    (kept,) = backups.glob("live-before-restore-*.sqlite3")
    assert str(kept) in output
    with closing(sqlite3.connect(kept)) as db:
        assert db.execute("SELECT text FROM note").fetchall() == [("written after the backup",)]


def test_a_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    live = tmp_path / "live.sqlite3"
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("not a database")

    result = subprocess.run(
        ["bin/restore", str(not_a_backup)],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{live}", "BACKUP_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
    )

    assert result.returncode != 0
    assert "not a database" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def postgres_databases():
    """Two empty databases of this run's own on the suite's PostgreSQL server, dropped after."""
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL drill runs with the suite on PostgreSQL (make test-postgres)")
    database = connection.settings_dict
    server = "postgres://{}:{}@{}:{}".format(
        quote(database["USER"], safe=""),
        quote(database["PASSWORD"], safe=""),
        database["HOST"] or "localhost",
        database["PORT"] or "5432",
    )
    # The process id keeps two runs on one server (two engineers, or CI) out of each other's way.
    names = [f"fd_backup_src_{os.getpid()}", f"fd_backup_dst_{os.getpid()}"]

    def drop_all(admin):
        for name in names:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        drop_all(admin)
        for name in names:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield [f"{server}/{name}" for name in names]
        finally:
            drop_all(admin)


def postgres_row_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        count = sql.SQL("SELECT count(*) FROM {}")
        return {
            table: db.execute(count.format(sql.Identifier(table))).fetchone()[0] for table in tables
        }


def test_a_postgresql_backup_restores_into_an_empty_database_with_every_row_and_page(
    postgres_databases, tmp_path
):
    source_url, restored_url = postgres_databases

    result = drill(source_url, restored_url, tmp_path / "backups")

    assert_same_rows(postgres_row_counts(source_url), postgres_row_counts(restored_url))
    assert_same_pages(result)
