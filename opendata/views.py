"""The Open Referral HSDS 3.0 API: read-only, open to every origin, and cookie-free.

No view touches the session or the user, so no response ever sets a cookie; every answer is
JSON, errors included, and carries `Access-Control-Allow-Origin: *` so that any other directory
can read it from a browser.
"""

import functools
import math
import uuid

from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from directory.models import AddressVisibility, Site
from opendata import hsds, params, profile
from services.firewall import FirewallStatus
from services.models import OpeningSlot, Service, ServiceCategory, ServiceLanguage

ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def problem(status: int, message: str, **details) -> JsonResponse:
    return JsonResponse({"status": status, "message": message, **details}, status=status)


def api(view):
    """JSON in the language asked for, with bad parameters and unknown ids answered as such."""

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Max-Age"] = "86400"
        elif request.method not in {"GET", "HEAD"}:
            response = problem(405, _("This API only reads."))
            response["Allow"] = ALLOWED_METHODS
        else:
            response = answer(view, request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def answer(view, request, *args, **kwargs):
    try:
        language = params.content_language(request.GET)
    except params.BadParameter as error:
        return problem(400, error.message, parameter=error.name)
    with translation.override(language):
        try:
            response = view(request, *args, **kwargs)
        except params.BadParameter as error:
            return problem(400, error.message, parameter=error.name)
        except Http404:
            return problem(404, _("There is no such record."))
    response["Content-Language"] = language
    return response


def as_json(data) -> JsonResponse:
    # Non-Latin text stays readable and a third smaller than \u escapes.
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def record_id(value: str) -> uuid.UUID:
    """An identifier from the path; anything that is not a UUID cannot name a record."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Http404 from None


def found(queryset, value: str):
    record = queryset.filter(uuid=record_id(value)).first()
    if record is None:
        raise Http404
    return record


def paged(request, items, serialise) -> JsonResponse:
    """One page in HSDS's wrapper. `items` is a queryset or, for tiny sets, a list."""
    number, size = params.page(request.GET)
    total = len(items) if isinstance(items, list) else items.count()
    pages = math.ceil(total / size)
    # A page past the end is empty: its offset never reaches the database.
    contents = list(items[(number - 1) * size : number * size]) if number <= pages else []
    return as_json(
        {
            "total_items": total,
            "total_pages": pages,
            "page_number": number,
            "size": len(contents),
            "first_page": number == 1,
            "last_page": number >= pages,
            "empty": not contents,
            "contents": [serialise(item) for item in contents],
        }
    )


def filtered_services(query):
    """Published services narrowed by the HSDS parameters and our own."""
    services = hsds.published_services()
    params.choice(query, "format", {"json"})
    if search := params.text(query, "search"):
        services = services.matching(search, translation.get_language())
    if status := params.choice(query, "firewall_status", FirewallStatus.values):
        services = services.with_firewall_status(status)
    if term := params.identifier(query, "taxonomy_term_id"):
        extra = Service.extra_categories.through.objects.filter(
            service=OuterRef("pk"), servicecategory__uuid=term
        )
        services = services.filter(
            Q(category__uuid=term) | Q(category__parent__uuid=term) | Exists(extra)
        )
    if (taxonomy := params.identifier(query, "taxonomy_id")) and str(taxonomy) != hsds.TAXONOMY_ID:
        services = services.none()
    if organisation := params.identifier(query, "organization_id"):
        services = services.filter(organisation__uuid=organisation)
    if since := params.moment(query, "modified_after"):
        services = services.filter(updated_at__gte=since)
    if tag := params.language_tag(query, "language"):
        spoken = ServiceLanguage.objects.filter(service=OuterRef("pk")).filter(
            Q(language__code=tag) | Q(language__code__startswith=f"{tag}-")
        )
        services = services.filter(Exists(spoken))
    if city := params.text(query, "city"):
        # A hidden site's city is not public, so it cannot be searched for either.
        shown = Site.objects.filter(
            services=OuterRef("pk"),
            city__slug=city,
            address_visibility__in=AddressVisibility.city_shown(),
        )
        services = services.filter(Q(organisation__city__slug=city) | Exists(shown))
    return services


@api
def root(request):
    return as_json(
        {
            "version": hsds.HSDS_VERSION,
            "profile": request.build_absolute_uri(reverse("opendata:profile")),
            "openapi_url": hsds.OPENAPI_URL,
        }
    )


@api
def profile_document(request):
    return as_json(profile.document(request.build_absolute_uri(reverse("opendata:root"))))


@api
def services(request):
    listing = hsds.for_listing(filtered_services(request.GET)).order_by("name_en", "pk")
    return paged(request, listing, hsds.service_with_organisation)


@api
def service(request, id: str):
    return as_json(hsds.service_in_full(found(hsds.in_full(hsds.published_services()), id)))


@api
def organizations(request):
    organisations = hsds.published_organisations().select_related("city__country")
    if search := params.text(request.GET, "search"):
        organisations = organisations.filter(
            Q(name__icontains=search) | Q(alt_names__icontains=search)
        )
    return paged(request, organisations.order_by("name", "pk"), hsds.organisation)


@api
def organization(request, id: str):
    organisations = hsds.organisations_in_full(hsds.published_organisations())
    return as_json(hsds.organisation_in_full(found(organisations, id)))


@api
def service_at_locations(request):
    pairs = hsds.services_at_sites(filtered_services(request.GET)).order_by(
        "service__name_en", "service_id", "site_id"
    )
    return paged(request, pairs, hsds.service_at_location_item)


@api
def service_at_location(request, id: str):
    wanted = str(record_id(id))
    # The identifier is derived from the service's and the site's, so it is found by deriving.
    links = Service.sites.through.objects.filter(service__in=hsds.published_services())
    pk = next(
        (
            pk
            for pk, service_uuid, site_uuid in links.values_list(
                "pk", "service__uuid", "site__uuid"
            )
            if hsds.derived_id("service_at_location", service_uuid, site_uuid) == wanted
        ),
        None,
    )
    if pk is None:
        raise Http404
    pair = hsds.services_at_sites(hsds.published_services()).get(pk=pk)
    slots = list(
        OpeningSlot.objects.filter(service=pair.service, site=pair.site).select_related("site")
    )
    for slot in slots:
        slot.service = pair.service
    return as_json(hsds.service_at_location_in_full(pair, slots))


@api
def taxonomies(request):
    items = [hsds.taxonomy()]
    if search := params.text(request.GET, "search"):
        items = [item for item in items if search.casefold() in item["name"].casefold()]
    return paged(request, items, lambda item: item)


@api
def taxonomy(request, id: str):
    if str(record_id(id)) != hsds.TAXONOMY_ID:
        raise Http404
    return as_json(hsds.taxonomy())


@api
def taxonomy_terms(request):
    terms = ServiceCategory.objects.select_related("parent").order_by("position", "slug")
    if search := params.text(request.GET, "search"):
        own = f"name_{translation.get_language().replace('-', '_')}__icontains"
        terms = terms.filter(Q(name_en__icontains=search) | Q(**{own: search}))
    if (taxonomy := params.identifier(request.GET, "taxonomy_id")) and str(
        taxonomy
    ) != hsds.TAXONOMY_ID:
        terms = terms.none()
    if parent := params.identifier(request.GET, "parent_id"):
        terms = terms.filter(parent__uuid=parent)
    if params.boolean(request.GET, "top_only"):
        terms = terms.filter(parent__isnull=True)
    return paged(request, terms, hsds.taxonomy_term)


@api
def taxonomy_term(request, id: str):
    return as_json(
        hsds.taxonomy_term_in_full(found(ServiceCategory.objects.select_related("parent"), id))
    )


@api
def not_found(request, path: str = ""):
    raise Http404
