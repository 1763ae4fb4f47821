import simple_history
from modeltranslation.translator import TranslationOptions, register

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


# History comes after translation, so that every language's column is recorded.
for model in (Service, ConfidentialityPolicy, ServiceLanguage, OpeningSlot, ContactPoint):
    simple_history.register(model, app="services")
