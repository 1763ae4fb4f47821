from modeltranslation.translator import TranslationOptions, register

from guidance.models import GuidancePage, Phrase, Term


@register(GuidancePage)
class GuidancePageTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "jurisdiction")


@register(Term)
class TermTranslation(TranslationOptions):
    fields = ("wording", "note")


@register(Phrase)
class PhraseTranslation(TranslationOptions):
    fields = ("text",)
