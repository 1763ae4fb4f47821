"""Settings fail closed: no debug, no usable secret key, unless someone says otherwise."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "k" * 60


def load_settings(**env: str) -> subprocess.CompletedProcess:
    """Import the settings in a fresh interpreter with only these variables set."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    code = (
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.LANGUAGE_CODE)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_refuses_to_start_without_a_secret_key():
    result = load_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_it_refuses_a_weak_key_with_debug_off():
    result = load_settings(DJANGO_SECRET_KEY="insecure-development-key-never-use-in-production")
    assert result.returncode != 0
    assert "too weak" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = load_settings(DJANGO_SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "django.db.backends.sqlite3", "en"]


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_it_refuses_a_debug_value_it_does_not_understand(value):
    result = load_settings(DJANGO_SECRET_KEY=STRONG_KEY, DJANGO_DEBUG=value)
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_it_reads_postgresql_from_database_url():
    result = load_settings(
        DJANGO_SECRET_KEY=STRONG_KEY, DATABASE_URL="postgres://u:p%40ss@db.internal:5433/directory"
    )
    assert result.returncode == 0, result.stderr
    assert "config.postgresql" in result.stdout


def test_a_sqlite_connection_is_kept_between_requests_with_its_page_cache():
    from config.settings import database_from_url

    assert database_from_url("sqlite:///db.sqlite3")["CONN_MAX_AGE"] > 0


def test_it_refuses_an_unsupported_database_url():
    result = load_settings(DJANGO_SECRET_KEY=STRONG_KEY, DATABASE_URL="mysql://db/directory")
    assert result.returncode != 0
    assert "not supported" in result.stderr


def test_the_site_languages_are_the_twenty_one_of_the_spec(settings):
    codes = [code for code, _name in settings.LANGUAGES]
    assert codes[0] == "en"
    assert sorted(codes) == sorted(
        "en sq ar bg zh-hans cs et fr de hu it lt pl pt ro ru sk es th tr uk".split()
    )
