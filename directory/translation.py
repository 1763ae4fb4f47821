import simple_history
from modeltranslation.translator import TranslationOptions, register

from directory.models import City, Country, Organisation, Site


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTranslation(TranslationOptions):
    fields = ("name",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(Site)
class SiteTranslation(TranslationOptions):
    fields = ("label", "transport_notes", "front_gate_note")


# History comes after translation, so that every language's column is recorded.
simple_history.register(Organisation, app="directory")
simple_history.register(Site, app="directory")
