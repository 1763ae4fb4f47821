from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from directory.models import Organisation
from services.forms import FindServiceForm
from services.models import Service
from services.qr import qr_svg

RESULTS_PER_PAGE = 10


@require_safe
def choose_language(request):
    """Send `/` to the reader's language, read from the browser and never stored in a cookie."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = redirect("find-service")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
def find_service(request):
    form = FindServiceForm(request.GET or None)
    form.is_valid()
    services = form.filter(Service.objects.published()).safest_first()
    page = Paginator(services.for_cards(), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "services/find_service.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def published_service(slug: str) -> Service:
    return get_object_or_404(Service.objects.published().for_cards(), slug=slug)


@require_safe
def service_detail(request, slug: str):
    return render(request, "services/service_detail.html", {"service": published_service(slug)})


@require_safe
def show_number(request, pk: int):
    """Full screen, to show across a room: a first name, a number, neutral words."""
    service = get_object_or_404(Service.objects.published().for_cards(), pk=pk)
    return render(request, "services/card_number.html", {"service": service})


@require_safe
def print_card(request, pk: int):
    """One A6 card to hand over; its QR code leads to the neutral number page."""
    service = get_object_or_404(Service.objects.published().for_cards(), pk=pk)
    number_url = request.build_absolute_uri(reverse("show-number", args=[service.pk]))
    return render(
        request, "services/card_print.html", {"service": service, "qr_svg": qr_svg(number_url)}
    )


@require_safe
def organisation_detail(request, slug: str):
    organisation = get_object_or_404(Organisation.objects.published(), slug=slug)
    services = (
        Service.objects.published().filter(organisation=organisation).safest_first().for_cards()
    )
    if not services:
        # An organisation shows only through its published services.
        raise Http404
    return render(
        request,
        "services/organisation_detail.html",
        {"organisation": organisation, "services": services},
    )
