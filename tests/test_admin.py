"""The staff admin: every page works, nothing loads from another origin, status stays derived."""

import re

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.urls import reverse

from services.models import Service
from tests.factories import create_organisation, create_policy, create_service, create_site

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)
# A resource (not a link to follow) whose address names a host: //host/... or scheme://host/...
OFF_SITE = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio|embed|object|form)\b[^>]*"""
    r"""\b(?:src|href|srcset|data|action)\s*=\s*["']\s*(?:[a-z][a-z0-9+.-]*:)?//""",
    re.I,
)


@pytest.fixture
def service():
    org = create_organisation()
    service = create_service(organisation=org, policy=create_policy(organisation=org))
    service.sites.add(create_site(organisation=org))
    return service


def admin_pages(model):
    info = model._meta.app_label, model._meta.model_name
    pages = [reverse("admin:{}_{}_changelist".format(*info))]
    if admin.site._registry[model].has_add_permission(superuser_request()):
        pages.append(reverse("admin:{}_{}_add".format(*info)))
    first = model.objects.order_by("pk").first()
    if first is not None:
        pages.append(reverse("admin:{}_{}_change".format(*info), args=[first.pk]))
    return pages


def superuser_request():
    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True, is_staff=True, is_active=True)
    return request


@pytest.mark.parametrize("model", REGISTERED, ids=[m._meta.label for m in REGISTERED])
def test_every_admin_page_loads_and_refers_to_no_other_origin(superuser_client, service, model):
    for url in admin_pages(model):
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert not OFF_SITE.findall(html), (url, OFF_SITE.findall(html))
        assert "googleapis" not in html


def test_translation_tabs_load_jquery_ui_from_our_own_static_files(superuser_client, service):
    response = superuser_client.get(reverse("admin:services_service_change", args=[service.pk]))
    html = response.content.decode()

    assert '<script src="/static/vendor/jquery-ui/jquery-ui.min.js"' in html
    assert "/static/modeltranslation/js/tabbed_translation_fields.js" in html
    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")
    # One tab per site language, for every translated field.
    assert 'name="description_zh_hans"' in html
    assert 'name="description_ar"' in html


@pytest.mark.parametrize(
    "query",
    [
        "firewall_status__exact=firewalled",
        "overdue=yes",
        "overdue=no",
        "is_demo__exact=1",
        "q=Organisation",
        "category__id__exact=1",
    ],
)
def test_the_service_list_filters_and_searches(superuser_client, service, query):
    response = superuser_client.get(reverse("admin:services_service_changelist") + "?" + query)
    assert response.status_code == 200


def test_the_overdue_filter_lists_unchecked_and_late_services_only(superuser_client, service):
    late = create_service(organisation=service.organisation, review_due=None)
    service.review_due = service.policy.review_due
    service.save()

    response = superuser_client.get(reverse("admin:services_service_changelist") + "?overdue=yes")

    assert list(response.context["cl"].result_list) == [late]


def test_staff_cannot_type_the_firewall_status(superuser_client, service):
    service_admin = admin.site._registry[Service]
    assert "firewall_status" in service_admin.get_readonly_fields(None)

    policy = service.policy
    policy.evidence_source = "assumed"
    policy.save()
    service.refresh_from_db()
    assert service.firewall_status == "unknown"
