from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.views.decorators.http import require_safe

from directory.models import in_shown_languages
from guidance.models import GuidancePage, Phrase, Term
from services.views import public_page


@require_safe
@public_page
def safety(request):
    return render(request, "guidance/safety.html")


@require_safe
@public_page
def about(request):
    return render(request, "guidance/about.html")


@require_safe
@public_page
def guidance_list(request):
    pages = in_shown_languages(GuidancePage.objects.published())
    return render(request, "guidance/guidance_list.html", {"pages": pages})


@require_safe
@public_page
def guidance_page(request, slug: str):
    page = get_object_or_404(
        GuidancePage.objects.published().prefetch_related("related_categories"), slug=slug
    )
    language = translation.get_language()
    record = page.translations.filter(language=language).first()
    return render(
        request,
        "guidance/guidance_page.html",
        {
            "page": page,
            "translated": language == "en" or page.is_translated_into(language),
            "record": record,
        },
    )


@require_safe
@public_page
def glossary(request):
    return render(request, "guidance/glossary.html", {"terms": Term.objects.all()})


@require_safe
@public_page
def phrasebook(request):
    return render(request, "guidance/phrasebook.html", {"phrases": Phrase.objects.all()})
