from django import template

from directory.models import in_shown_languages
from guidance import markup
from guidance.models import GuidancePage

register = template.Library()

register.filter("guidance_markup", markup.render)


@register.simple_tag
def guidance_for(category) -> list[GuidancePage]:
    """Published pages about this kind of service, for links from a service page."""
    related = [category.pk, category.parent_id] if category.parent_id else [category.pk]
    pages = GuidancePage.objects.published().filter(related_categories__in=related)
    return list(in_shown_languages(pages).distinct()[:3])
