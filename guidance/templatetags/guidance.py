from django import template

from guidance import markup
from guidance.models import GuidancePage

register = template.Library()

register.filter("guidance_markup", markup.render)


@register.simple_tag
def guidance_for(category) -> list[GuidancePage]:
    """Published pages about this kind of service, for links from a service page."""
    related = [category.pk, category.parent_id] if category.parent_id else [category.pk]
    return list(
        GuidancePage.objects.published().filter(related_categories__in=related).distinct()[:3]
    )
