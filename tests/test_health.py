import pytest
from django.db import OperationalError, connection


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_health_endpoints_answer_without_cookies_or_caching(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response.content == b"ok"
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_readiness_says_503_when_the_database_fails(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    assert client.get("/readyz").status_code == 503
