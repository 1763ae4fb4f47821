"""HSDS 3.0 API paths: no trailing slashes, as in the HSDS OpenAPI file."""

from django.urls import path, re_path

from opendata import views

app_name = "opendata"

urlpatterns = [
    path("", views.root, name="root"),
    path("profile", views.profile_document, name="profile"),
    path("services", views.services, name="services"),
    path("services/<str:id>", views.service, name="service"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<str:id>", views.organization, name="organization"),
    path("service_at_locations", views.service_at_locations, name="service-at-locations"),
    path("service_at_locations/<str:id>", views.service_at_location, name="service-at-location"),
    path("taxonomies", views.taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", views.taxonomy, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_terms, name="taxonomy-terms"),
    path("taxonomy_terms/<str:id>", views.taxonomy_term, name="taxonomy-term"),
    # Anything else under the API is a JSON 404, not the site's HTML page.
    re_path(r"^(?P<path>.*)$", views.not_found, name="not-found"),
]
