from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpResponseRedirect
from django.middleware.gzip import re_accepts_gzip
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_response_headers, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import conditional_page, require_http_methods, require_safe

from directory.fragments import kept, kept_one
from directory.models import Organisation, in_shown_languages
from services.forms import FindServiceForm, SuggestionForm
from services.models import Service
from services.qr import qr_svg

RESULTS_PER_PAGE = 10


def public_page(view):
    """Keep the page whole in the page cache, compressed and with an ETag made before compression.

    A public page holds nothing about its reader (no cookie, no token, no user) and its
    language is in the URL, so one copy serves everyone who asks for that address, with or
    without gzip. The ETag is taken from the uncompressed page, so it stays the same when the
    page is rendered again and a browser's revalidation gets a 304. Results for words someone
    typed are never kept, here or in any cache further on: search terms are stored nowhere
    (SPEC §2.3).

    Django's cache_page would do, at twice the cost of a hit: it looks up which headers the
    page varies on before looking up the page, and keys on the raw Accept-Encoding header.
    """
    compressed = gzip_page(conditional_page(view))

    @wraps(view)
    def page(request, *args, **kwargs):
        if request.GET.get("q"):
            response = compressed(request, *args, **kwargs)
            add_never_cache_headers(response)
            return response
        # Read at each request, so a deployment (or a test) can turn the cache off.
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds:
            return compressed(request, *args, **kwargs)
        # The host is part of the address: the printed card's QR code holds it.
        gzipped = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
        key = f"page:{int(gzipped)}:{request.build_absolute_uri()}"
        response = cache.get(key)
        if response is None:
            response = compressed(request, *args, **kwargs)
            patch_response_headers(response, seconds)
            if response.status_code == 200 and not response.cookies:
                cache.set(key, response, seconds)
        return response

    return page


@require_safe
def choose_language(request):
    """Send `/` to the reader's language, read from the browser and never stored in a cookie."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        response = redirect("find-service")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
@public_page
def find_service(request):
    form = FindServiceForm(request.GET or None)
    form.is_valid()
    results = form.results()
    # How many services there are in all is the same for every reader, so it is kept like a
    # card: counting 10,000 afresh was half the page's time.
    total = None if form.narrowing() else kept_one("service-count", results.count)
    page = result_page(results, request.GET.get("page"), total)
    cards = result_cards(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "services/find_service.html",
        {"form": form, "page": page, "cards": cards, "query": query.urlencode()},
    )


def result_cards(ids) -> list[str]:
    """The result cards of these services, in their order, rendered or kept from earlier."""
    template = get_template("services/result_card.html")

    def render_cards(missing: list[int]) -> dict[int, str]:
        # Held to the rule again: a card is not rendered for a service hidden since its search
        # row was written (one already kept lasts its half minute, as a kept page does).
        services = Service.objects.published().for_cards().in_bulk(missing)
        return {pk: template.render({"service": service}) for pk, service in services.items()}

    cards = kept("card", ids, render_cards)
    return [cards[pk] for pk in ids if pk in cards]


def result_page(services, number, total: int | None = None) -> Page:
    """The ids of one page of these services, and how many there are, in one query.

    Counting first and then reading the page would find and sort every match twice: for a
    word found in half of 10,000 services, that is most of a search's time. Given the total,
    only the page is read. Any page number is answered: one past the end gives the last page,
    as Django's get_page does.
    """
    paginator = Paginator(services.ids(), RESULTS_PER_PAGE)
    if total is not None:
        paginator.count = total
    try:
        wanted = int(number)
    except (TypeError, ValueError):
        wanted = 1
    # Beyond this, no page can exist, and the offset would overflow the database's integer.
    if 1 <= wanted <= 10**9:
        start = (wanted - 1) * RESULTS_PER_PAGE
        if total is None:
            rows = list(services.ids_with_total()[start : start + RESULTS_PER_PAGE])
            ids = [pk for pk, _total in rows]
            if rows or wanted == 1:
                paginator.count = rows[0][1] if rows else 0
        else:
            ids = list(services.ids()[start : start + RESULTS_PER_PAGE])
        if ids or wanted == 1:
            return Page(ids, wanted, paginator)
    return paginator.get_page(number)


def published_service(**lookup) -> Service:
    """A published service with what the number, card and correction pages show of it."""
    services = in_shown_languages(Service.objects.published()).prefetch_related("contacts")
    return get_object_or_404(services, **lookup)


@require_safe
@public_page
def service_detail(request, slug: str):
    service = get_object_or_404(Service.objects.published().for_service_page(), slug=slug)
    return render(request, "services/service_detail.html", {"service": service})


@require_safe
@public_page
def show_number(request, pk: int):
    """Full screen, to show across a room: a first name, a number, neutral words."""
    service = published_service(pk=pk)
    return render(request, "services/card_number.html", {"service": service})


@require_safe
@public_page
def print_card(request, pk: int):
    """One A6 card to hand over; its QR code leads to the neutral number page."""
    service = published_service(pk=pk)
    number_url = request.build_absolute_uri(reverse("show-number", args=[service.pk]))
    return render(
        request, "services/card_print.html", {"service": service, "qr_svg": qr_svg(number_url)}
    )


@require_safe
@public_page
def organisation_detail(request, slug: str):
    organisation = get_object_or_404(
        in_shown_languages(Organisation.objects.published().select_related("city"), "city"),
        slug=slug,
    )
    services = Service.objects.published().filter(organisation=organisation).safest_first()
    shown = list(services.values_list("pk", flat=True))
    if not shown:
        # An organisation shows only through its published services.
        raise Http404
    return render(
        request,
        "services/organisation_detail.html",
        {"organisation": organisation, "cards": result_cards(shown)},
    )


# No CSRF cookie: a reader has no session to protect, and the form's own signed, timed token
# keeps out forged and robotic posts. This keeps every public page free of cookies. The
# token is new on every form, so no cache may keep the page.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def suggest_correction(request, slug: str):
    service = published_service(slug=slug)
    if request.GET.get("sent"):
        return render(request, "services/suggestion_sent.html", {"service": service})
    form = SuggestionForm(request.POST or None, service=service)
    if request.method == "POST" and form.is_valid():
        form.save()
        url = reverse("suggest-correction", kwargs={"slug": service.slug})
        response = HttpResponseRedirect(f"{url}?sent=1")
        response.status_code = 303
        return response
    return render(request, "services/suggest_correction.html", {"service": service, "form": form})
