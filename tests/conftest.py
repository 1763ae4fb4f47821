import pytest
from django.core.cache import caches
from django.utils import translation

from tests.factories import sign_in


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


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Tests change records between requests; the caches' own tests turn them back on."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    for kept in caches.all():
        kept.clear()


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", password="a long passphrase 1")
    sign_in(client, user)
    return client
