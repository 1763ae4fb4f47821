import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english(settings):
    """Every test starts in the source language with fast password hashing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The hashed-name manifest exists only after collectstatic, which the Docker build runs.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
