"""Guidance in plain words, a glossary and an outreach phrasebook, in every site language."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from directory.models import TranslationMethod, choice_constraint
from directory.text import validate_discreet_slug
from services.models import ServiceCategory

TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


class Audience(models.TextChoices):
    SEX_WORKERS = "sex_workers", _("Sex workers")
    OUTREACH_WORKERS = "outreach_workers", _("Outreach workers and project staff")
    EVERYONE = "everyone", _("Everyone")


class GuidancePageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class GuidancePage(models.Model):
    slug = models.SlugField(
        _("slug"), max_length=100, unique=True, validators=[validate_discreet_slug]
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("One to three short sentences."))
    body = models.TextField(
        _("body"),
        help_text=_(
            'Paragraphs separated by a blank line; "## " starts a sub-heading; '
            'lines starting "- " make a list.'
        ),
    )
    audience = models.CharField(
        _("written for"), max_length=20, choices=Audience, default=Audience.SEX_WORKERS
    )
    jurisdiction = models.CharField(
        _("where the rules apply"),
        max_length=100,
        blank=True,
        help_text=_("For pages about law or entitlements, e.g. England."),
    )
    valid_as_of = models.DateField(
        _("rules described as of"),
        null=True,
        blank=True,
        help_text=_("The date the law or entitlement described was true, not the edit date."),
    )
    sources = models.TextField(_("sources"), blank=True)
    related_categories = models.ManyToManyField(
        ServiceCategory,
        verbose_name=_("related kinds of service"),
        blank=True,
        related_name="guidance_pages",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    # Bumped whenever the English changes, so translations made before can say they are stale.
    revision = models.PositiveIntegerField(_("revision of the English"), default=1, editable=False)
    english_digest = models.CharField(max_length=64, editable=False, blank=True)
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    objects = GuidancePageQuerySet.as_manager()

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")
        ordering = ["position", "slug"]
        constraints = [
            choice_constraint("audience", Audience),
            # A page about the law must say where and when.
            models.CheckConstraint(
                condition=Q(jurisdiction="") | Q(valid_as_of__isnull=False),
                name="guidance_page_jurisdiction_is_dated",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        digest = self.digest_of_english()
        if self.english_digest and digest != self.english_digest:
            self.revision += 1
        self.english_digest = digest
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("guidance-page", kwargs={"slug": self.slug})

    def digest_of_english(self) -> str:
        english = [getattr(self, f"{field}_en") or "" for field in ("title", "summary", "body")]
        return hashlib.sha256("\x1f".join(english).encode()).hexdigest()

    def is_translated_into(self, language: str) -> bool:
        return bool(getattr(self, build_localized_fieldname("body", language), None))


class GuidanceTranslation(models.Model):
    """How one language's version of a page was made, and whether it has fallen behind."""

    page = models.ForeignKey(
        GuidancePage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="translations",
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=[(code, name) for code, name in settings.LANGUAGES if code != "en"],
    )
    method = models.CharField(
        _("how it was translated"),
        max_length=30,
        choices=TranslationMethod,
        default=TranslationMethod.MACHINE,
    )
    back_translation_checked = models.BooleanField(_("back-translation checked"), default=False)
    reviewed_by_native_speaker = models.BooleanField(
        _("reviewed by a native speaker"), default=False
    )
    reviewed_by = models.CharField(
        _("reviewed by (role)"),
        max_length=100,
        blank=True,
        help_text=_('A role, never a name: e.g. "peer educator".'),
    )
    source_revision = models.PositiveIntegerField(
        _("translated from English revision"),
        default=1,
        help_text=_("Set this to the page's current revision when the translation is updated."),
    )
    local_note = models.TextField(
        _("local note"), blank=True, help_text=_("Anything readers of this language should know.")
    )

    class Meta:
        verbose_name = _("guidance translation")
        verbose_name_plural = _("guidance translations")
        ordering = ["page", "language"]
        constraints = [
            choice_constraint("method", TranslationMethod),
            models.CheckConstraint(
                condition=Q(language__in=TRANSLATED_LANGUAGES),
                name="guidance_translation_language_valid",
            ),
            models.UniqueConstraint(
                fields=["page", "language"], name="guidance_translation_once_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page.slug} [{self.language}]"

    @property
    def is_stale(self) -> bool:
        return self.source_revision < self.page.revision

    @property
    def is_reviewed(self) -> bool:
        return (
            self.method in TranslationMethod.reviewed_by_a_person()
            or self.reviewed_by_native_speaker
        )


class Term(models.Model):
    """A glossary entry: the words chosen for one idea in each language, with a usage note."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    wording = models.CharField(_("wording"), max_length=200)
    note = models.TextField(_("usage note"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["position", "key"]

    def __str__(self) -> str:
        return self.wording


class Phrase(models.Model):
    """An outreach phrase, shown large so a worker can show it to someone."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    text = models.CharField(_("text"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("phrase")
        verbose_name_plural = _("phrasebook")
        ordering = ["position", "key"]

    def __str__(self) -> str:
        return self.text
