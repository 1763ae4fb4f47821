"""Where services are: countries, cities, languages, organisations and the sites they work from."""

import datetime
import functools
import uuid
import zoneinfo

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import resolution_order

from directory.phones import normalise_phone
from directory.text import validate_discreet_slug


def choice_constraint(field: str, choices: type[models.TextChoices]) -> models.CheckConstraint:
    """A database guard so that no write, however it is made, can store a value off the list."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
    )


def choice_display(field: str):
    """A `get_FOO_display` that translates the one label it shows.

    Django's builds a dict of every choice on each call, and hashing a lazy label translates
    it: a page of result cards spent 2 ms translating labels it never showed.
    """

    def display(self):
        value = getattr(self, field)
        for key, label in self._meta.get_field(field).flatchoices:
            if key == value:
                return str(label)
        return value

    return display


def shown_languages() -> frozenset[str]:
    """The languages a page may show a translated field in: the reader's and its fallbacks.

    English is always among them: the `content` tag falls back to it even where
    modeltranslation's fallbacks are turned off.
    """
    return frozenset(
        (*resolution_order(translation.get_language()), settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    )


def in_shown_languages(queryset: models.QuerySet, *relations: str) -> models.QuerySet:
    """The queryset without the columns of languages the page will not show.

    Every translated field has a column per site language, and reading them all costs more
    than the rest of a page. A page shows the reader's language and falls back to English
    only, so the other columns are deferred, for the model and for every model along each
    related path given (the paths passed to `select_related`).
    """
    shown = shown_languages()
    # Django's own defer: the names are columns already, and modeltranslation's check of each
    # one as a field to translate cost more than the query it trims (hundreds per page).
    queryset = queryset.all()  # a manager is welcome too
    return models.QuerySet.defer(queryset, *unshown_columns(queryset.model, relations, shown))


def translated_columns(model) -> dict:
    """Each translated field of the model and its column per language ({} if none)."""
    try:
        return translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return {}


def related_model(model, path: list[str]):
    for name in path:
        model = model._meta.get_field(name).related_model
    return model


@functools.cache
def unshown_columns(model, relations: tuple[str, ...], shown: frozenset[str]) -> tuple[str, ...]:
    """The columns of languages other than `shown` on the model and along `relations`."""
    prefixes = {""} | {
        "__".join(parts[:depth]) + "__"
        for parts in (path.split("__") for path in relations)
        for depth in range(1, len(parts) + 1)
    }
    return tuple(
        prefix + column.name
        for prefix in prefixes
        for translated in translated_columns(related_model(model, prefix.split("__")[:-1])).values()
        for column in translated
        if column.language not in shown
    )


def only_shown(queryset: models.QuerySet, *names: str) -> models.QuerySet:
    """The queryset loading only these fields; translated ones in the reader's language and English.

    Names may follow relations ("organisation__city__name"); a relation followed with
    `select_related` must be named itself too ("organisation").
    """
    shown = shown_languages()
    queryset = queryset.all()
    return models.QuerySet.only(queryset, *shown_columns(queryset.model, names, shown))


@functools.cache
def shown_columns(model, names: tuple[str, ...], shown: frozenset[str]) -> tuple[str, ...]:
    """The names, each translated one followed by its columns in the `shown` languages."""
    columns = []
    for name in names:
        *path, field = name.split("__")
        translated = translated_columns(related_model(model, path)).get(field, ())
        prefix = name.removesuffix(field)
        columns += [
            name,
            *(prefix + column.name for column in translated if column.language in shown),
        ]
    return tuple(columns)


class TriState(models.TextChoices):
    """Yes, no, or not checked: the default is always "not checked", so nothing looks safe."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Not checked")


def tri_state(verbose_name) -> models.CharField:
    """A yes / no / not checked answer that starts as "not checked"."""
    return models.CharField(verbose_name, max_length=10, choices=TriState, default=TriState.UNKNOWN)


class EvidenceSource(models.TextChoices):
    WRITTEN_POLICY = "written_policy", _("Written policy")
    CONFIRMED_BY_SERVICE = "confirmed_by_service", _("Confirmed by the service")
    OBSERVED_BY_PROJECT = "observed_by_project", _("Observed by our project")
    REPORTED_BY_USERS = "reported_by_users", _("Reported by people who used it")
    LITERATURE = "literature", _("Published report only")
    ASSUMED = "assumed", _("Assumed, not checked")

    @classmethod
    def insufficient(cls) -> tuple[str, ...]:
        """Sources that can never on their own make a service look safe."""
        return (
            cls.LITERATURE,
            cls.ASSUMED,
        )


class Verification(models.Model):
    """Who checked a record, how, when, and when it must be checked again.

    Kept apart from "last edited": fixing a typo does not make a policy checked.
    """

    evidence_source = models.CharField(
        _("evidence source"),
        max_length=30,
        choices=EvidenceSource,
        default=EvidenceSource.ASSUMED,
    )
    evidence_note = models.TextField(
        _("evidence note"),
        blank=True,
        help_text=_("Staff only: who confirmed it, in what role, and how. Never shown publicly."),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    verified_on = models.DateField(_("verified on"), null=True, blank=True)
    review_due = models.DateField(_("review due"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    class Meta:
        abstract = True
        constraints = [
            choice_constraint("evidence_source", EvidenceSource),
            models.CheckConstraint(
                condition=Q(verified_on__isnull=True)
                | Q(review_due__isnull=True)
                | Q(review_due__gte=models.F("verified_on")),
                name="%(app_label)s_%(class)s_review_after_verification",
            ),
        ]

    def is_review_overdue(self, today: datetime.date | None = None) -> bool:
        """A record never checked, or past its review date, counts as overdue."""
        today = today or timezone.localdate()
        return self.review_due is None or self.review_due < today


def review_overdue(today: datetime.date, path: str = "") -> Q:
    """`is_review_overdue` as a query; `path` reaches the records, such as "services__"."""
    return Q(**{f"{path}review_due__isnull": True}) | Q(**{f"{path}review_due__lt": today})


class Country(models.Model):
    code = models.CharField(_("ISO 3166 code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)
    phone_region = models.CharField(
        _("phone region"),
        max_length=2,
        help_text=_("The region whose dialling rules apply to local numbers, usually the code."),
    )

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="directory_country_code_upper"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class City(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="cities"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=60,
        default="Europe/London",
        help_text=_("Opening times of services here are in this time zone, e.g. Europe/Paris."),
    )

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["country", "name"], name="directory_city_unique_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country.code})"

    def clean(self) -> None:
        if self.time_zone not in zoneinfo.available_timezones():
            raise ValidationError({"time_zone": _("This is not a known time zone.")})


class AreaKind(models.TextChoices):
    BOROUGH = "borough", _("Borough")
    DISTRICT = "district", _("District")
    POLICE_AREA = "police_area", _("Police area")


class Area(models.Model):
    Kind = AreaKind

    name = models.CharField(_("name"), max_length=100)
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="areas"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.DISTRICT)

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["city__name", "name"]
        constraints = [
            choice_constraint("kind", AreaKind),
            models.UniqueConstraint(fields=["city", "name"], name="directory_area_unique_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.city.name}"


class TranslationMethod(models.TextChoices):
    """How a translation was made; only the first two mean a person checked it."""

    PROFESSIONAL = "professional", _("Professional translator")
    COMMUNITY_VOLUNTEER = "community_volunteer", _("Community volunteer who speaks it")
    MACHINE_BACK_TRANSLATED = "machine_back_translated", _("Machine, checked by translating back")
    MACHINE = "machine", _("Machine, not checked by a person")

    @classmethod
    def reviewed_by_a_person(cls) -> tuple[str, ...]:
        return (cls.PROFESSIONAL, cls.COMMUNITY_VOLUNTEER)


class Direction(models.TextChoices):
    LTR = "ltr", _("Left to right")
    RTL = "rtl", _("Right to left")


class Language(models.Model):
    """A language a service can be used in. Not every one has a site interface."""

    Direction = Direction

    code = models.CharField(
        _("code"), max_length=20, unique=True, help_text=_("BCP 47, lower case, e.g. ro, zh-hans")
    )
    english_name = models.CharField(_("English name"), max_length=100)
    endonym = models.CharField(
        _("endonym"), max_length=100, help_text=_("The language's name for itself.")
    )
    direction = models.CharField(
        _("direction"), max_length=3, choices=Direction, default=Direction.LTR
    )
    ui_translation = models.CharField(
        _("how the interface was translated"),
        max_length=30,
        choices=TranslationMethod,
        default=TranslationMethod.MACHINE,
        help_text=_("Readers are told when no person has checked the interface in their language."),
    )
    ui_reviewed_by = models.CharField(
        _("interface reviewed by (role)"),
        max_length=100,
        blank=True,
        help_text=_('A role, never a name: e.g. "peer educator, Romanian community".'),
    )
    ui_reviewed_on = models.DateField(_("interface reviewed on"), null=True, blank=True)
    tampep_leaflet = models.BooleanField(
        _("TAMPEP leaflet exists"),
        default=False,
        help_text=_("Printed TAMPEP health leaflets exist in this language."),
    )

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["english_name"]
        constraints = [
            choice_constraint("direction", Direction),
            choice_constraint("ui_translation", TranslationMethod),
            models.CheckConstraint(
                condition=Q(code__regex=r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$"),
                name="directory_language_code_bcp47_lower",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.english_name} ({self.endonym})"

    @property
    @admin.display(boolean=True, description=_("site interface"))
    def has_site_interface(self) -> bool:
        return self.code in dict(settings.LANGUAGES)

    @property
    def ui_reviewed_by_a_person(self) -> bool:
        return self.code == settings.LANGUAGE_CODE or (
            self.ui_translation in TranslationMethod.reviewed_by_a_person()
        )


class Network(models.Model):
    """An umbrella body an organisation belongs to (UKNSWP, TAMPEP, NSWP, PICUM...)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


def listed_organisation(path: str = "") -> Q:
    """An active organisation, demo or not.

    With a `path` to the organisation ("organisation__" from a service), records are held to
    the same rule through the join their query already makes, not through a subquery.
    """
    return Q(**{f"{path}status": OrganisationStatus.ACTIVE})


def published_organisation(path: str = "") -> Q:
    """An active organisation, and a real one unless the demo data is shown (`path` as above)."""
    published = listed_organisation(path)
    if not settings.SHOW_DEMO_DATA:
        published &= Q(**{f"{path}is_demo": False})
    return published


class OrganisationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_organisation())


class OrganisationType(models.TextChoices):
    SEX_WORK_PROJECT = "sex_work_project", _("Sex work project")
    SEX_WORKER_LED = "sex_worker_led", _("Sex-worker-led organisation or union")
    HEALTH_BODY = "health_body", _("Public health service")
    LOCAL_AUTHORITY = "local_authority", _("Local authority or social services")
    CHARITY = "charity", _("Charity or NGO")
    FAITH_BASED = "faith_based", _("Faith-based charity")
    INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental body")
    LAW_ENFORCEMENT = "law_enforcement", _("Police or law enforcement")
    IMMIGRATION_AUTHORITY = "immigration_authority", _("Immigration authority")
    LEGAL_PRACTICE = "legal_practice", _("Legal practice or advice agency")
    NETWORK = "network", _("Network or umbrella body")
    MIGRANT_COMMUNITY = "migrant_community", _("Migrant or refugee community organisation")
    EDUCATION = "education", _("Education or training provider")

    @classmethod
    def enforcement(cls) -> tuple[str, ...]:
        return (
            cls.LAW_ENFORCEMENT,
            cls.IMMIGRATION_AUTHORITY,
        )


class Ethos(models.TextChoices):
    RIGHTS_BASED = "rights_based", _("Rights-based")
    HEALTH = "health_harm_reduction", _("Health and harm reduction")
    EXIT_FOCUSED = "exit_focused", _("Focused on leaving sex work")
    RESCUE = "anti_trafficking_rescue", _("Anti-trafficking / rescue")
    FAITH_BASED = "faith_based", _("Faith-based")
    MIXED = "mixed", _("Mixed")
    UNKNOWN = "unknown", _("Not checked")


class OrganisationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")
    MERGED = "merged", _("Merged into another organisation")


class Organisation(Verification):
    Type = OrganisationType

    Ethos = Ethos

    Status = OrganisationStatus

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    alt_names = models.CharField(_("other names"), max_length=200, blank=True)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, validators=[validate_discreet_slug]
    )
    org_type = models.CharField(_("type"), max_length=30, choices=Type)
    sex_worker_led = tri_state(_("sex-worker-led"))
    peer_staff = tri_state(_("employs peers"))
    migrant_staff = tri_state(_("employs migrants"))
    ethos = models.CharField(_("ethos"), max_length=30, choices=Ethos, default=Ethos.UNKNOWN)
    ethos_notes = models.TextField(
        _("ethos notes"), blank=True, help_text=_("Staff only. Never shown publicly.")
    )
    government_linked = tri_state(_("linked to government"))
    website = models.URLField(_("website"), blank=True)
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="organisations"
    )
    networks = models.ManyToManyField(
        Network, verbose_name=_("networks"), blank=True, related_name="organisations"
    )
    description = models.TextField(_("description"), blank=True)
    show_staff_names = models.BooleanField(
        _("show staff names"),
        default=False,
        help_text=_("Being visible is a risk for peer and migrant staff: off unless they agree."),
    )
    is_demo = models.BooleanField(
        _("demo record"), default=False, help_text=_("Fictional or unverified example data.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.ACTIVE)

    objects = OrganisationQuerySet.as_manager()

    class Meta(Verification.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [models.Index(fields=["is_demo"], name="directory_org_is_demo")]
        constraints = [
            *Verification.Meta.constraints,
            choice_constraint("org_type", OrganisationType),
            choice_constraint("sex_worker_led", TriState),
            choice_constraint("peer_staff", TriState),
            choice_constraint("migrant_staff", TriState),
            choice_constraint("government_linked", TriState),
            choice_constraint("ethos", Ethos),
            choice_constraint("status", OrganisationStatus),
            models.CheckConstraint(condition=~Q(name=""), name="directory_org_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_enforcement(self) -> bool:
        return self.org_type in self.Type.enforcement()


class AddressVisibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    AREA_ONLY = "area_only", _("Area only")
    ON_REQUEST = "on_request", _("Given on request")
    STAFF_ONLY = "staff_only", _("Staff only")

    @classmethod
    def hidden(cls) -> tuple[str, ...]:
        return (
            cls.ON_REQUEST,
            cls.STAFF_ONLY,
        )

    @classmethod
    def city_shown(cls) -> tuple[str, ...]:
        """Where the public may learn the site's city (and area, where it has one)."""
        return (cls.PUBLIC, cls.AREA_ONLY)


class EnforcementPresence(models.TextChoices):
    NONE_KNOWN = "none_known", _("None known")
    POLICE_COLOCATED = "police_colocated", _("Police work from the same place")
    IMMIGRATION_COLOCATED = "immigration_colocated", _("Immigration work from the same place")
    OCCASIONAL_REPORTED = "occasional_reported", _("Police or immigration seen at times")
    UNKNOWN = "unknown", _("Not checked")

    @classmethod
    def colocated(cls) -> tuple[str, ...]:
        return (
            cls.POLICE_COLOCATED,
            cls.IMMIGRATION_COLOCATED,
        )


class Site(models.Model):
    """A place a service is delivered. Its address is shown only as far as its visibility allows."""

    AddressVisibility = AddressVisibility

    EnforcementPresence = EnforcementPresence

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="sites",
    )
    label = models.CharField(
        _("label"), max_length=200, help_text=_('e.g. "Tuesday evening clinic, Hackney"')
    )
    address_line = models.CharField(_("address"), max_length=300, blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    address_visibility = models.CharField(
        _("address visibility"),
        max_length=20,
        choices=AddressVisibility,
        default=AddressVisibility.STAFF_ONLY,
    )
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="sites"
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sites",
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    transport_notes = models.TextField(_("how to get there"), blank=True)
    front_gate_phone = models.CharField(
        _("front gate phone"),
        max_length=20,
        blank=True,
        help_text=_(
            "For a hidden address: the public number to call first, who then gives the way in."
        ),
    )
    front_gate_note = models.CharField(_("front gate note"), max_length=300, blank=True)
    discreet_premises = tri_state(_("discreet entrance"))
    enforcement_presence = models.CharField(
        _("police or immigration presence"),
        max_length=30,
        choices=EnforcementPresence,
        default=EnforcementPresence.UNKNOWN,
    )

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        ordering = ["organisation__name", "label"]
        constraints = [
            choice_constraint("address_visibility", AddressVisibility),
            choice_constraint("discreet_premises", TriState),
            choice_constraint("enforcement_presence", EnforcementPresence),
            # A hidden address must leave people a way to reach the place.
            models.CheckConstraint(
                condition=~Q(address_visibility__in=AddressVisibility.hidden())
                | ~Q(front_gate_phone=""),
                name="directory_site_hidden_address_has_front_gate",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="directory_site_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="directory_site_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.organisation.name})"

    def save(self, *args, **kwargs) -> None:
        if self.front_gate_phone:
            self.front_gate_phone = normalise_phone(
                self.front_gate_phone, self.city.country.phone_region
            )
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.front_gate_phone:
            try:
                normalise_phone(self.front_gate_phone, self.city.country.phone_region)
            except ValueError as error:
                raise ValidationError({"front_gate_phone": str(error)}) from None

    @property
    def has_enforcement_colocated(self) -> bool:
        return self.enforcement_presence in self.EnforcementPresence.colocated()


class MembershipRole(models.TextChoices):
    EDITOR = "editor", _("Editor: can change the organisation's listings")
    VIEWER = "viewer", _("Viewer: can only look")


class Membership(models.Model):
    """Which organisations a staff account works for: it sees and changes only theirs."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"), max_length=10, choices=MembershipRole, default=MembershipRole.EDITOR
    )

    Role = MembershipRole

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            choice_constraint("role", MembershipRole),
            models.UniqueConstraint(
                fields=["user", "organisation"], name="directory_membership_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"
