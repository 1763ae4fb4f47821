import simple_history
from django.conf import settings
from modeltranslation.translator import TranslationOptions, register
from modeltranslation.utils import build_localized_fieldname

from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
)


@register(ServiceCategory)
class ServiceCategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = (
        "name",
        "description",
        "how_to_access",
        "charged_elements",
        "eligibility",
        "discreet_card_text",
        "search_text",
    )


@register(ConfidentialityPolicy)
class ConfidentialityPolicyTranslation(TranslationOptions):
    fields = ("statement_text", "other_exceptions")


@register(ServiceLanguage)
class ServiceLanguageTranslation(TranslationOptions):
    fields = ("note",)


@register(OpeningSlot)
class OpeningSlotTranslation(TranslationOptions):
    fields = ("note",)


@register(ContactPoint)
class ContactPointTranslation(TranslationOptions):
    fields = ("label",)


# History comes after translation, so that every language's column is recorded. The folded
# search text is derived from the rest, so keeping it would only double the history.
simple_history.register(
    Service,
    app="services",
    excluded_fields=[
        "search_text",
        *(build_localized_fieldname("search_text", code) for code, _name in settings.LANGUAGES),
    ],
)
for model in (ConfidentialityPolicy, ServiceLanguage, OpeningSlot, ContactPoint):
    simple_history.register(model, app="services")
