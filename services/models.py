"""Services, their categories, languages, hours, contacts and confidentiality policies."""

import datetime
import operator
import uuid
import zoneinfo
from functools import cache, reduce

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.fields.array import ArrayOverlap
from django.contrib.postgres.search import TrigramSimilarity
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Count, Exists, OuterRef, Q, Window
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from directory.models import (
    AddressVisibility,
    City,
    Language,
    Organisation,
    Site,
    TriState,
    Verification,
    choice_constraint,
    choice_display,
    in_shown_languages,
    listed_organisation,
    only_shown,
    tri_state,
)
from directory.phones import normalise_phone
from directory.text import fold, validate_discreet_slug
from services import firewall
from services.firewall import FirewallStatus, ShareLevel


class ServiceCategory(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    is_enforcement = models.BooleanField(
        _("police or immigration"),
        default=False,
        help_text=_("Services in this category are always shown as police or immigration."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    review_interval_days = models.PositiveSmallIntegerField(
        _("check again after (days)"),
        default=180,
        help_text=_("Marking a service checked sets its next review this many days ahead."),
    )

    class Meta:
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        ordering = ["position", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="services_category_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        # Services here, and in its subcategories, carry this name in their search text.
        Service.objects.filter(Q(category=self) | Q(category__parent=self)).refresh_derived()


class StatusQuestion(models.TextChoices):
    NEVER = "never", _("Never asks")
    FOR_CHARGING_ONLY = "for_charging_only", _("Asks only to decide the cost")
    ASKS_AND_RECORDS = "asks_and_records", _("Asks and writes it down")
    REQUIRED = "required", _("You must say")
    UNKNOWN = "unknown", _("Not checked")


class IdRequirement(models.TextChoices):
    NONE = "none", _("No ID needed")
    OPTIONAL = "optional", _("ID helps but is not needed")
    REQUIRED = "required", _("ID needed")
    UNKNOWN = "unknown", _("Not checked")


class AuthorityEnquiry(models.TextChoices):
    REFERS_TO_SOLICITOR = "refers_to_solicitor", _("Sends them to your solicitor")
    REFUSES = "refuses", _("Refuses without your consent or a court order")
    DISCLOSES = "discloses", _("Tells them")
    UNKNOWN = "unknown", _("Not checked")


class ConfidentialityPolicy(Verification):
    """What a service does with what it learns about a person: the answers behind the status."""

    StatusQuestion = StatusQuestion

    IdRequirement = IdRequirement

    AuthorityEnquiry = AuthorityEnquiry

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="policies",
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_('For staff, e.g. "Clinic policy 2026"')
    )
    is_organisation_default = models.BooleanField(
        _("organisation default"),
        default=False,
        help_text=_("Services of this organisation without their own policy follow this one."),
    )
    involves_authorities_at_first_contact = tri_state(
        _("involves police or immigration at first contact")
    )
    shares_with_immigration = models.CharField(
        _("tells immigration"), max_length=20, choices=ShareLevel, default=ShareLevel.UNKNOWN
    )
    shares_with_police = models.CharField(
        _("tells the police"), max_length=20, choices=ShareLevel, default=ShareLevel.UNKNOWN
    )
    shares_with_home_country = models.CharField(
        _("tells the home country"), max_length=20, choices=ShareLevel, default=ShareLevel.UNKNOWN
    )
    shares_with_family = models.CharField(
        _("tells family or partners"),
        max_length=20,
        choices=ShareLevel,
        default=ShareLevel.UNKNOWN,
    )
    reports_unpaid_charges = tri_state(_("reports unpaid charges to immigration"))
    response_to_authority_enquiry = models.CharField(
        _("if immigration asks where someone lives"),
        max_length=30,
        choices=AuthorityEnquiry,
        default=AuthorityEnquiry.UNKNOWN,
    )
    consent_before_sharing = tri_state(_("asks consent before sharing"))
    informs_before_disclosure = tri_state(_("tells you before a disclosure"))
    exception_under_18 = models.BooleanField(_("exception: someone under 18"), default=False)
    exception_risk_of_harm = models.BooleanField(
        _("exception: risk of serious harm"), default=False
    )
    exception_terrorism = models.BooleanField(_("exception: terrorism law"), default=False)
    exception_court_order = models.BooleanField(_("exception: court order"), default=False)
    other_exceptions = models.TextField(_("other exceptions"), blank=True)
    asks_immigration_status = models.CharField(
        _("asks about immigration status"),
        max_length=20,
        choices=StatusQuestion,
        default=StatusQuestion.UNKNOWN,
    )
    id_requirement = models.CharField(
        _("ID"), max_length=10, choices=IdRequirement, default=IdRequirement.UNKNOWN
    )
    real_name_required = tri_state(_("real name needed"))
    accepts_working_name = tri_state(_("working name accepted"))
    address_required = tri_state(_("address needed"))
    statement_text = models.TextField(_("confidentiality statement"), blank=True)
    statement_url = models.URLField(_("link to the statement"), blank=True)
    known_incidents = models.TextField(
        _("known incidents"), blank=True, help_text=_("Staff only. Never shown publicly.")
    )

    # The answers a policy is checked for, in the order staff fill them in and open data gives
    # them: who hears what a person says, then what a person must say.
    SHARING_ANSWERS = (
        "involves_authorities_at_first_contact",
        "shares_with_immigration",
        "shares_with_police",
        "shares_with_home_country",
        "shares_with_family",
        "reports_unpaid_charges",
        "response_to_authority_enquiry",
        "consent_before_sharing",
        "informs_before_disclosure",
    )
    ASKING_ANSWERS = (
        "asks_immigration_status",
        "id_requirement",
        "real_name_required",
        "accepts_working_name",
        "address_required",
    )
    ANSWERS = (*SHARING_ANSWERS, *ASKING_ANSWERS)

    class Meta(Verification.Meta):
        verbose_name = _("confidentiality policy")
        verbose_name_plural = _("confidentiality policies")
        ordering = ["organisation__name", "title"]
        constraints = [
            *Verification.Meta.constraints,
            *(
                choice_constraint(field, TriState)
                for field in (
                    "involves_authorities_at_first_contact",
                    "reports_unpaid_charges",
                    "consent_before_sharing",
                    "informs_before_disclosure",
                    "real_name_required",
                    "accepts_working_name",
                    "address_required",
                )
            ),
            *(
                choice_constraint(field, ShareLevel)
                for field in (
                    "shares_with_immigration",
                    "shares_with_police",
                    "shares_with_home_country",
                    "shares_with_family",
                )
            ),
            choice_constraint("response_to_authority_enquiry", AuthorityEnquiry),
            choice_constraint("asks_immigration_status", StatusQuestion),
            choice_constraint("id_requirement", IdRequirement),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(is_organisation_default=True),
                name="services_policy_one_default_per_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation.name})"

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        self.affected_services().refresh_derived(reason=getattr(self, "_change_reason", ""))

    def affected_services(self) -> "ServiceQuerySet":
        follows = Q(policy=self)
        if self.is_organisation_default:
            follows |= Q(policy__isnull=True, organisation_id=self.organisation_id)
        return Service.objects.filter(follows)

    @property
    def statutory_exceptions(self) -> list[str]:
        labels = {
            "exception_under_18": _("someone under 18 is at risk"),
            "exception_risk_of_harm": _("someone is likely to be seriously hurt"),
            "exception_terrorism": _("terrorism law requires it"),
            "exception_court_order": _("a court orders it"),
        }
        return [label for field, label in labels.items() if getattr(self, field)]

    # What `asks_for` reads: all a result card needs of a policy, beside its check date.
    CARD_FIELDS = (
        "asks_immigration_status",
        "id_requirement",
        "real_name_required",
        "address_required",
    )

    def asks_for(self) -> list[tuple[str, str]]:
        """What the service asks a person for, as (thing, yes / no / unknown / for_cost)."""
        status = {
            StatusQuestion.NEVER: "no",
            StatusQuestion.FOR_CHARGING_ONLY: "for_cost",
            StatusQuestion.ASKS_AND_RECORDS: "yes",
            StatusQuestion.REQUIRED: "yes",
        }.get(self.asks_immigration_status, "unknown")
        identity = {
            IdRequirement.NONE: "no",
            IdRequirement.OPTIONAL: "no",
            IdRequirement.REQUIRED: "yes",
        }.get(self.id_requirement, "unknown")
        return [
            ("id", identity),
            ("real_name", self.real_name_required),
            ("address", self.address_required),
            ("immigration_status", status),
        ]


def default_policies(prefix: str = "", only: tuple[str, ...] = ()) -> models.Prefetch:
    """Each organisation's default policy, where `Service.effective_policy` looks for it.

    `prefix` is the path to the services ("service__" from a service's site link). The
    policy's staff-only notes are not read; with `only`, nothing but those fields is.
    """
    policies = ConfidentialityPolicy.objects.filter(is_organisation_default=True)
    if only:
        policies = only_shown(policies, "organisation", "is_organisation_default", *only)
    else:
        policies = policies.defer("known_incidents", "evidence_note")
    return models.Prefetch(
        f"{prefix}organisation__policies", queryset=policies, to_attr="default_policies"
    )


def listed_service() -> Q:
    """A service a reader may be shown, demo or not: what search rows store as `listed`."""
    return listed_organisation("organisation__") & Q(
        status__in=[Service.Status.ACTIVE, Service.Status.TEMPORARILY_CLOSED]
    )


def published_services() -> "ServiceQuerySet":
    """Service.objects.published(), built once: every find page starts from it, and building
    the publication rule's joins and lookups afresh was 7 % of the page's time."""
    return built_published_services(settings.SHOW_DEMO_DATA).all()


@cache
def built_published_services(show_demo_data: bool) -> "ServiceQuerySet":
    # One for each value of the setting published() reads. Never evaluated itself: callers
    # get a copy (.all()), so no rows are ever kept with it.
    return Service.objects.published()


class ServiceQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed_service())

    def published(self):
        # One filter() for the whole rule: each call copies the query built so far.
        published = listed_service()
        if not settings.SHOW_DEMO_DATA:
            published &= Q(is_demo=False, organisation__is_demo=False)
        return self.filter(published)

    def with_firewall_status(self, status: str, *, at_least: bool = False, today=None):
        """Services whose status is (at least) this one right now.

        A safe-looking status whose evidence has gone stale since it was stored counts as
        unknown here, so a filter never shows a service as safer than it is today.
        """
        today = today or timezone.localdate()
        wanted = FirewallStatus.at_least(status) if at_least else [FirewallStatus(status).value]
        fresh = Q(firewall_status__in=wanted) & (
            ~Q(firewall_status__in=FirewallStatus.decaying()) | Q(firewall_checked_until__gte=today)
        )
        if FirewallStatus.UNKNOWN in wanted:
            stale = Q(
                firewall_status__in=FirewallStatus.decaying(), firewall_checked_until__lt=today
            )
            return self.filter(fresh | stale)
        return self.filter(fresh)

    def open_now(self, now: datetime.datetime | None = None):
        """Services open at this moment in their own city's time zone."""
        now = now or timezone.now()
        condition = Q(always_open=True)
        for zone in City.objects.values_list("time_zone", flat=True).distinct():
            local = now.astimezone(zoneinfo.ZoneInfo(zone))
            day, time = local.weekday(), local.time()
            overnight = Q(closes__lte=models.F("opens"))
            slots = OpeningSlot.objects.filter(service=OuterRef("pk")).filter(
                Q(weekday=day, opens__lte=time, closes__gt=time)
                | (overnight & Q(weekday=day, opens__lte=time))
                | (overnight & Q(weekday=(day - 1) % 7, closes__gt=time))
            )
            condition |= Q(organisation__city__time_zone=zone) & Exists(slots)
        return self.filter(condition)

    def for_cards(self):
        """What a result card shows, and only that, in a fixed number of queries.

        Cards are most of the find page's work, and a service row is wide: reading only the
        card's fields, in the reader's language and English, keeps the queries and the
        instances small. A field the card starts to show must be added here, or each card
        fetches it alone (tests render every demo card with lazy fetching forbidden).
        """
        policy = ("verified_on", *ConfidentialityPolicy.CARD_FIELDS)
        return only_shown(
            self.select_related("organisation__city", "category", "policy").prefetch_related(
                models.Prefetch(
                    "languages",
                    queryset=only_shown(
                        ServiceLanguage.objects.select_related("language"),
                        *("service", "mode", "language", "language__code", "language__endonym"),
                    ),
                ),
                models.Prefetch(
                    "opening_slots",
                    queryset=only_shown(
                        OpeningSlot.objects, "service", "weekday", "opens", "closes"
                    ),
                ),
                models.Prefetch(
                    "contacts",
                    queryset=only_shown(ContactPoint.objects, "service", "kind", "value"),
                ),
                models.Prefetch(
                    "sites",
                    queryset=only_shown(
                        Site.objects.select_related("area", "city"),
                        *("address_visibility", "area", "area__name", "city", "city__name"),
                    ),
                ),
                default_policies(only=policy),
            ),
            *("slug", "name", "is_demo", "cost_policy", "gender_focus", "always_open"),
            *("firewall_status", "firewall_checked_until", "category", "category__name"),
            *("organisation", "organisation__name", "organisation__city"),
            *("organisation__city__name", "organisation__city__time_zone", "policy"),
            *(f"policy__{field}" for field in policy),
        )

    def for_service_page(self):
        """Everything the service page shows, in a fixed number of queries.

        Only the reader's language and English are read (`in_shown_languages`).
        """
        joined = ("organisation__city", "category", "policy")
        return in_shown_languages(
            self.select_related(*joined)
            .defer("staff_notes", "evidence_note")
            .prefetch_related(
                models.Prefetch(
                    "languages",
                    queryset=in_shown_languages(ServiceLanguage.objects.select_related("language")),
                ),
                models.Prefetch("opening_slots", queryset=in_shown_languages(OpeningSlot.objects)),
                models.Prefetch("contacts", queryset=in_shown_languages(ContactPoint.objects)),
                models.Prefetch(
                    "sites",
                    queryset=in_shown_languages(
                        Site.objects.select_related("area", "city"), "area", "city"
                    ),
                ),
                default_policies(),
            ),
            *joined,
        )

    def matching(self, query: str, language: str):
        """Services whose text, in this language or in English, contains every word typed."""
        return self.filter(pk__in=SearchText.objects.matching(query, language).values("service"))

    def ids(self):
        return self.values_list("pk", flat=True)

    def ids_with_total(self):
        """Each service's id with how many services the set holds, in the set's order.

        A slice of it is a page of results and their count in one pass over the matches.
        Annotated after values_list(), so that Django checks the count's name against the one
        field chosen, not against every column in every language: 7 % of a find page's time.
        """
        return self.values_list("pk").annotate(total=Window(Count("pk")))

    def safest_first(self):
        return self.order_by("-firewall_rank", "name", "pk")

    def refresh_derived(self, today: datetime.date | None = None, reason: str = "") -> int:
        """Re-derive the stored status and search text of every service in the set.

        A service whose firewall status moves is saved on its own, so that its history shows
        the change and why; the rest are updated together. Returns how many statuses moved.
        """
        today = today or timezone.localdate()
        services = self.select_related(
            "organisation", "category__parent", "policy"
        ).prefetch_related("sites", default_policies())
        quietly_changed, unsaved, moved = [], [], 0
        for service in services:
            before = service.derived_values()
            if service.apply_firewall_status(today):
                moved += 1
                service._change_reason = reason or _("Derived again from its inputs")
                service.save(update_fields=Service.derived_fields())
                continue
            unsaved.append(service)
            if service.derived_values() != before:
                quietly_changed.append(service)
        Service.objects.bulk_update(quietly_changed, Service.derived_fields(), batch_size=200)
        SearchText.objects.store(unsaved)
        return moved


class CostPolicy(models.TextChoices):
    FREE_FOR_ALL = "free_for_all", _("Free for everyone")
    FREE_WITH_EXCEPTIONS = "free_with_exceptions", _("Free, except some treatments")
    CHARGED_IF_NOT_ENTITLED = "charged_if_not_entitled", _("May charge, depending on papers")
    CHARGED = "charged", _("Costs money")
    UNKNOWN = "unknown", _("Not checked")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Open")
    TEMPORARILY_CLOSED = "temporarily_closed", _("Temporarily closed")
    MOVED = "moved", _("Moved")
    CLOSED = "closed", _("Closed")


class GenderFocus(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    TRANS = "trans", _("Trans people")
    WOMEN_AND_TRANS = "women_and_trans", _("Women and trans people")


class Service(Verification):
    CostPolicy = CostPolicy

    Status = ServiceStatus

    GenderFocus = GenderFocus

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="services",
    )
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, validators=[validate_discreet_slug]
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    how_to_access = models.TextField(_("how to use it"), blank=True)
    category = models.ForeignKey(
        ServiceCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="services",
    )
    extra_categories = models.ManyToManyField(
        ServiceCategory,
        verbose_name=_("other categories"),
        blank=True,
        related_name="extra_services",
    )
    sites = models.ManyToManyField(
        Site, verbose_name=_("sites"), blank=True, related_name="services"
    )
    policy = models.ForeignKey(
        ConfidentialityPolicy,
        verbose_name=_("confidentiality policy"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="services",
        help_text=_("Leave empty to follow the organisation's default policy."),
    )
    cost_policy = models.CharField(
        _("cost"), max_length=30, choices=CostPolicy, default=CostPolicy.UNKNOWN
    )
    charged_elements = models.TextField(_("what is charged"), blank=True)
    gender_focus = models.CharField(
        _("who it is for"), max_length=20, choices=GenderFocus, default=GenderFocus.EVERYONE
    )
    get_cost_policy_display = choice_display("cost_policy")
    get_gender_focus_display = choice_display("gender_focus")
    eligibility = models.TextField(_("who can use it"), blank=True)
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    walk_in = models.BooleanField(_("walk in"), default=False)
    by_appointment = models.BooleanField(_("by appointment"), default=False)
    outreach = models.BooleanField(_("comes to where you work"), default=False)
    by_phone = models.BooleanField(_("by phone or text"), default=False)
    online = models.BooleanField(_("online"), default=False)
    always_open = models.BooleanField(_("open day and night"), default=False)
    requires_cooperation_with_authorities = tri_state(
        _("help depends on cooperating with the authorities")
    )
    requires_exit_commitment = tri_state(_("must promise to stop sex work"))
    max_stay_days = models.PositiveSmallIntegerField(
        _("longest stay (days)"), null=True, blank=True
    )
    discreet_card_text = models.CharField(
        _("discreet card wording"),
        max_length=200,
        blank=True,
        help_text=_("Neutral words for the referral card: no service type, nothing to explain."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.ACTIVE)
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Staff only. Never shown publicly.")
    )
    is_demo = models.BooleanField(
        _("demo record"), default=False, help_text=_("Fictional or unverified example data.")
    )
    firewall_override = models.CharField(
        _("lower the firewall status to"),
        max_length=20,
        choices=FirewallStatus,
        blank=True,
        help_text=_("Staff may only make the status less safe than the policy says, never safer."),
    )
    firewall_override_reason = models.TextField(_("why it was lowered"), blank=True)
    # Derived from the policy, the service, its organisation and its sites; never typed.
    firewall_status = models.CharField(
        _("firewall status"),
        max_length=20,
        choices=FirewallStatus,
        default=FirewallStatus.UNKNOWN,
        editable=False,
    )
    firewall_checked_until = models.DateField(
        _("firewall status valid until"), null=True, blank=True, editable=False
    )
    # The stored status's place from least to most safe, so that lists sort on a plain column:
    # sorting on the status through a CASE cost the find page a millisecond to build.
    firewall_rank = models.PositiveSmallIntegerField(
        default=FirewallStatus.UNKNOWN.rank, editable=False
    )
    objects = ServiceQuerySet.as_manager()

    class Meta(Verification.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        indexes = [
            models.Index(
                fields=["firewall_status", "firewall_checked_until"],
                name="services_service_firewall",
            ),
            models.Index(fields=["is_demo"], name="services_service_is_demo"),
            # Every column the find page's filters and the publication rule read of a service,
            # under its organisation: the page reaches services through their organisations,
            # and each row holds a column per language for every translated field, so SQLite
            # read through the overflow pages of every service to test a filter (30 ms for
            # the statuses "charging check or safer" and "free", 5 ms with this).
            models.Index(
                fields=[
                    "organisation",
                    "firewall_status",
                    "firewall_checked_until",
                    "cost_policy",
                    "gender_focus",
                    "status",
                    "is_demo",
                ],
                name="services_service_listing",
            ),
        ]
        constraints = [
            *Verification.Meta.constraints,
            choice_constraint("cost_policy", CostPolicy),
            choice_constraint("status", ServiceStatus),
            choice_constraint("gender_focus", GenderFocus),
            choice_constraint("requires_cooperation_with_authorities", TriState),
            choice_constraint("requires_exit_commitment", TriState),
            choice_constraint("firewall_status", FirewallStatus),
            models.CheckConstraint(
                condition=Q(firewall_override="") | Q(firewall_override__in=FirewallStatus.values),
                name="services_service_firewall_override_valid",
            ),
            models.CheckConstraint(
                condition=Q(firewall_override="") | ~Q(firewall_override_reason=""),
                name="services_service_override_has_reason",
            ),
            # A safe-looking status is only ever stored with the date its evidence runs out.
            models.CheckConstraint(
                condition=~Q(firewall_status__in=FirewallStatus.decaying())
                | Q(firewall_checked_until__isnull=False),
                name="services_service_safe_status_is_dated",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="services_service_name_not_empty"),
            models.CheckConstraint(
                condition=reduce(
                    operator.or_,
                    (Q(firewall_status=s.value, firewall_rank=s.rank) for s in FirewallStatus),
                ),
                name="services_service_firewall_rank_matches",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation.name})"

    def save(self, *args, **kwargs) -> None:
        self.apply_firewall_status()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.derived_fields()}
        super().save(*args, **kwargs)
        SearchText.objects.store([self])

    def get_absolute_url(self) -> str:
        return reverse("service-detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.firewall_override and not self.firewall_override_reason.strip():
            raise ValidationError({"firewall_override_reason": _("Say why the status is lowered.")})

    @property
    def effective_policy(self) -> ConfidentialityPolicy | None:
        if self.policy_id:
            return self.policy
        if hasattr(self.organisation, "default_policies"):
            return next(iter(self.organisation.default_policies), None)
        return self.organisation.policies.filter(is_organisation_default=True).first()

    def derive_firewall_status(self, today: datetime.date | None = None) -> FirewallStatus:
        today = today or timezone.localdate()
        # Before the first save there are no sites to look at.
        sites = self.sites.all() if self.pk else []
        derived = firewall.derive(
            policy=self.effective_policy, service=self, sites=sites, today=today
        )
        return firewall.lower(derived, self.firewall_override)

    def apply_firewall_status(self, today: datetime.date | None = None) -> bool:
        """Store the derived status and its expiry on this instance; True if either changed."""
        status = self.derive_firewall_status(today)
        policy = self.effective_policy
        checked_until = (
            policy.review_due if status in FirewallStatus.decaying() and policy else None
        )
        changed = (status, checked_until) != (self.firewall_status, self.firewall_checked_until)
        self.firewall_status, self.firewall_checked_until = status, checked_until
        self.firewall_rank = status.rank
        return changed

    @staticmethod
    def derived_fields() -> list[str]:
        return ["firewall_status", "firewall_checked_until", "firewall_rank"]

    def derived_values(self) -> list:
        return [getattr(self, field) for field in self.derived_fields()]

    def search_words(self) -> dict[str, str]:
        """What a search in each site language looks through: folded words of the name,
        description, category and organisation, with the English words too, so that a search
        in any language also finds English text."""

        def words(code: str) -> list[str]:
            category = self.category
            return [
                getattr(self, build_localized_fieldname(field, code)) or ""
                for field in ("name", "description")
            ] + [
                getattr(item, build_localized_fieldname("name", code)) or ""
                for item in (category, category.parent)
                if item is not None
            ]

        common = [self.organisation.name, self.organisation.alt_names, *words("en")]
        return {
            code: fold(" ".join((words(code) if code != "en" else []) + common))
            for code, _name in settings.LANGUAGES
        }

    def search_rows(self, *, listed: bool, is_demo: bool) -> list["SearchText"]:
        """What a search in each site language reads of this service (SearchText)."""
        return [
            SearchText(
                service=self,
                language=code,
                text=text,
                name=getattr(self, build_localized_fieldname("name", code)),
                firewall_rank=self.firewall_rank,
                listed=listed,
                is_demo=is_demo,
                long_words=any(len(word) > LONGEST_WORD for word in text.split()),
            )
            for code, text in self.search_words().items()
        ]

    def current_firewall_status(self, today: datetime.date | None = None) -> FirewallStatus:
        """The status to show now: stored, but never safer than today's evidence allows."""
        today = today or timezone.localdate()
        status = FirewallStatus(self.firewall_status)
        if status in FirewallStatus.decaying() and (
            self.firewall_checked_until is None or self.firewall_checked_until < today
        ):
            return FirewallStatus.UNKNOWN
        return status

    @property
    def checked_on(self) -> datetime.date | None:
        policy = self.effective_policy
        return policy.verified_on if policy else None

    def asks_for(self) -> list[tuple[str, str]]:
        policy = self.effective_policy
        if policy is None:
            return [(thing, "unknown") for thing in ("id", "real_name", "address")] + [
                ("immigration_status", "unknown")
            ]
        return policy.asks_for()

    def local_time(self, now: datetime.datetime | None = None) -> datetime.datetime:
        """Now, in the time zone of the service's city, where its opening times are set."""
        zone = zoneinfo.ZoneInfo(self.organisation.city.time_zone)
        return (now or timezone.now()).astimezone(zone)

    def is_open_at(self, now: datetime.datetime | None = None) -> bool:
        if self.always_open:
            return True
        local = self.local_time(now)
        return any(slot.is_open_at(local) for slot in self.opening_slots.all())

    def next_opening(self, now: datetime.datetime | None = None) -> "OpeningSlot | None":
        """The slot that opens next after now, within the coming week."""
        local = self.local_time(now)

        def wait(slot: OpeningSlot) -> tuple[int, datetime.time]:
            days = (slot.weekday - local.weekday()) % 7
            if days == 0 and slot.opens <= local.time():
                days = 7
            return days, slot.opens

        return min(self.opening_slots.all(), key=wait, default=None)

    def languages_with_modes(self) -> list[tuple[Language, list["ServiceLanguage"]]]:
        grouped: dict[Language, list[ServiceLanguage]] = {}
        for row in self.languages.all():
            grouped.setdefault(row.language, []).append(row)
        return list(grouped.items())

    @property
    def call_contact(self) -> "ContactPoint | None":
        return next((c for c in self.contacts.all() if c.kind in ContactKind.callable()), None)

    @property
    def card_contact(self) -> "ContactPoint | None":
        """The number for the discreet card: the one staff chose, else the first to call."""
        chosen = next((c for c in self.contacts.all() if c.on_discreet_card), None)
        return chosen or self.call_contact

    @property
    def place(self) -> str:
        """Where it is, only as precisely as every site's visibility allows."""
        for site in self.sites.all():
            if site.address_visibility in AddressVisibility.city_shown():
                if site.area:
                    return f"{site.area.name}, {site.city.name}"
                return site.city.name
        return self.organisation.city.name


class LanguageMode(models.TextChoices):
    STAFF_SPEAK = "staff_speak", _("Staff speak it")
    INTERPRETER_ON_SITE = "interpreter_on_site", _("Interpreter on site")
    TELEPHONE_INTERPRETING = "telephone_interpreting", _("Interpreter by phone")
    LANGUAGE_SESSION = "language_session", _("Session in this language")
    CULTURAL_MEDIATOR = "cultural_mediator", _("Cultural mediator")
    WRITTEN_MATERIALS = "written_materials", _("Written information")
    PEER_INTERPRETER = "peer_interpreter", _("Peer interpreter")


class ServiceLanguage(models.Model):
    Mode = LanguageMode

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="languages"
    )
    language = models.ForeignKey(
        Language, verbose_name=_("language"), on_delete=models.PROTECT, related_name="services"
    )
    mode = models.CharField(_("how"), max_length=30, choices=Mode)
    get_mode_display = choice_display("mode")
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("service language")
        verbose_name_plural = _("service languages")
        ordering = ["language__english_name", "mode"]
        constraints = [
            choice_constraint("mode", LanguageMode),
            models.UniqueConstraint(
                fields=["service", "language", "mode"], name="services_language_mode_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.language.english_name}: {self.get_mode_display()}"


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningSlot(models.Model):
    """One weekly opening, in the time zone of the service's city.

    A slot that closes at or before it opens runs past midnight into the next day.
    """

    Weekday = Weekday

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="opening_slots"
    )
    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="opening_slots",
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday)
    get_weekday_display = choice_display("weekday")
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("opening time")
        verbose_name_plural = _("opening times")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="services_slot_weekday_valid"
            ),
            models.CheckConstraint(
                condition=~Q(opens=models.F("closes")), name="services_slot_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    @property
    def runs_past_midnight(self) -> bool:
        return self.closes <= self.opens

    def is_open_at(self, local: datetime.datetime) -> bool:
        day, time = local.weekday(), local.time()
        if not self.runs_past_midnight:
            return self.weekday == day and self.opens <= time < self.closes
        return (self.weekday == day and time >= self.opens) or (
            self.weekday == (day - 1) % 7 and time < self.closes
        )


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    FREEPHONE = "freephone", _("Free phone")
    SMS = "sms", _("Text message")
    EMAIL = "email", _("Email")
    WEB = "web", _("Website")

    @classmethod
    def callable(cls) -> tuple[str, ...]:
        return (cls.PHONE, cls.FREEPHONE)

    @classmethod
    def phones(cls) -> tuple[str, ...]:
        return (
            cls.PHONE,
            cls.FREEPHONE,
            cls.SMS,
        )


class ContactPoint(models.Model):
    Kind = ContactKind

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="contacts"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    value = models.CharField(
        _("number or address"), max_length=300, help_text=_("Phone numbers are stored as +44…")
    )
    label = models.CharField(_("label"), max_length=200, blank=True)
    ask_for_first_name = models.CharField(
        _("ask for (first name)"), max_length=60, blank=True, help_text=_('e.g. "ask for Maria"')
    )
    on_discreet_card = models.BooleanField(_("on the discreet card"), default=False)
    free_to_call = tri_state(_("free to call"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["position", "id"]
        constraints = [
            choice_constraint("kind", ContactKind),
            choice_constraint("free_to_call", TriState),
            models.CheckConstraint(
                condition=~Q(kind__in=ContactKind.phones())
                | Q(value__regex=r"^\+[1-9][0-9]{6,14}$"),
                name="services_contact_phone_e164",
            ),
            models.CheckConstraint(condition=~Q(value=""), name="services_contact_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def save(self, *args, **kwargs) -> None:
        if self.kind in self.Kind.phones() and not self.value.startswith("+"):
            self.value = normalise_phone(self.value, self._phone_region())
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.kind in self.Kind.phones():
            try:
                self.value = normalise_phone(self.value, self._phone_region())
            except ValueError as error:
                raise ValidationError({"value": str(error)}) from None

    def _phone_region(self) -> str:
        return self.service.organisation.city.country.phone_region


# Longer words (a sentence of Chinese, or a long Thai phrase, has no spaces) are neither known
# words nor in the word indexes, whose entries have a size limit on PostgreSQL: the rows that
# hold one are read through instead (SearchText.long_words).
LONGEST_WORD = 100


def word_table(language: str) -> str:
    """SQLite's full-text index of a language's search words (migration 0009)."""
    return f"services_searchtext_words_{language.replace('-', '_')}"


class Words(models.Func):
    """A search text's words as an array, as PostgreSQL's word index of each language holds
    them (migration 0009)."""

    template = "string_to_array(%(expressions)s, ' ')"
    output_field = ArrayField(models.TextField())


class Negated(models.Func):
    """A number's negative, written with no parameter, so that SQLite matches it to an index
    on the same expression (it compares a bound -1 with nothing)."""

    template = "(-%(expressions)s)"
    output_field = models.IntegerField()


def holding_any_of(words: list[str], language: str) -> Q:
    """Rows in this language that hold any of these whole words, found through its index."""
    if not words:
        return Q(pk__in=[])
    if connection.vendor == "postgresql":
        return Q(ArrayOverlap(Words("text"), words))
    table = word_table(language)
    # Each word quoted, as FTS5 reads a query: its index splits texts at spaces alone.
    match = " OR ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    return Q(pk__in=RawSQL(f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH %s', [match]))


class SearchTextQuerySet(models.QuerySet):
    # Rows holding a long word are named to a search up to this many, then asked for again.
    MOST_LISTED = 500

    def store(self, services) -> None:
        """Write each service's search rows where they changed, and learn their new words."""
        services, changed = list(services), []
        # In batches, so that no query names more services than a database accepts.
        for start in range(0, len(services), 500):
            batch = services[start : start + 500]
            ids = [service.pk for service in batch]
            services_in = Service.objects.filter(pk__in=ids)
            listed = set(services_in.listed().values_list("pk", flat=True))
            demo = services_in.filter(Q(is_demo=True) | Q(organisation__is_demo=True))
            demo = set(demo.values_list("pk", flat=True))
            before = {
                (row.service_id, row.language): row.copied() for row in self.filter(service__in=ids)
            }
            changed += [
                row
                for service in batch
                for row in service.search_rows(
                    listed=service.pk in listed, is_demo=service.pk in demo
                )
                if before.get((service.pk, row.language)) != row.copied()
            ]
        # Written a language at a time, so that a language's rows sit together on disk and a
        # search reads a few pages, not one page per service.
        changed.sort(key=lambda row: row.language)
        self.bulk_create(
            changed,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["service", "language"],
            update_fields=SearchText.COPIED,
        )
        SearchWord.objects.learn(row.text for row in changed)

    def published(self):
        """Rows of the services a reader may be shown (ServiceQuerySet.published)."""
        rows = self.filter(listed=True)
        if not settings.SHOW_DEMO_DATA:
            rows = rows.filter(is_demo=False)
        return rows

    def matching(self, query: str, language: str):
        """Rows in this language whose words contain every word typed: each row holds the
        service's words in its language and in English.

        Case and accents never matter. On PostgreSQL a word also matches the words of the
        directory closest to it in spelling, so a misspelling still finds the service.

        The directory's words that contain what was typed are found first, then the rows that
        hold any of them, through a word index: reading every row's text for a common word was
        most of a search's time at 10,000 services.
        """
        rows = self.filter(language=language)
        for typed in fold(query).split():
            pieces = [typed, *SearchWord.objects.similar_to(typed)]
            in_text = reduce(operator.or_, (Q(text__contains=piece) for piece in pieces))
            words = SearchWord.objects.containing(pieces)
            if words is None:
                rows = rows.filter(in_text)
            else:
                # Found first, so that where no long word holds the piece (nearly always) the
                # search has no OR: PostgreSQL would split every matching row's text again to
                # check one.
                long = self.filter(language=language, long_words=True).filter(in_text)
                found = list(long.values_list("pk", flat=True)[: self.MOST_LISTED + 1])
                if len(found) > self.MOST_LISTED:
                    found = long.values("pk")
                indexed = Q(long_words=False) & holding_any_of(words, language)
                rows = rows.filter(indexed | Q(pk__in=found))
        return rows

    # The order of safest_first(), with the rank negated rather than descending, so that only
    # the list of every service finds its index. PostgreSQL costs a count over every match
    # as if an index walked in the list's order stopped at the first page, so it walked the
    # index for words too, reading every row of the language: 36-76 ms, not 1-13.
    LISTING_ORDER = (Negated("firewall_rank"), models.F("name"), models.F("service_id"))

    def safest_first(self):
        return self.order_by("-firewall_rank", "name", "service_id")

    def listing(self, language: str):
        """Every row in this language, safest first, for the list of every service."""
        return self.filter(language=language).order_by(*self.LISTING_ORDER)

    def ids(self):
        return self.values_list("service_id", flat=True)

    def ids_with_total(self):
        """Each service's id with how many the set holds: see ServiceQuerySet.ids_with_total."""
        return self.values_list("service_id").annotate(total=Window(Count("pk")))


class SearchText(models.Model):
    """What a search in one site language reads of a service: its folded words in that language
    and in English, and what the results are counted and sorted by.

    Kept out of the service's own row, which holds a column per language for every translated
    field, so that a search reads a few hundred bytes per service rather than kilobytes. A
    search for words alone reads nothing else: the rank, name and whether the service may be
    shown are copied here from the service, and written again with its text
    (SearchTextQuerySet.store), so the results are counted and sorted without joining the
    service rows. Each language has a word index: on PostgreSQL a GIN index of the words
    (migration 0009) beside a trigram index of the text (0007), on SQLite an FTS5 table. A row
    holding a word longer than LONGEST_WORD is read through instead (`long_words`).
    """

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="search_texts")
    language = models.CharField(max_length=10)
    text = models.TextField(blank=True)
    # The service's name in this language, as the service list sorts it: NULL where it has
    # no translation, as in the service's own column, so that both lists sort alike.
    name = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    firewall_rank = models.PositiveSmallIntegerField(default=0)
    listed = models.BooleanField(default=False)
    is_demo = models.BooleanField(default=False)
    long_words = models.BooleanField(default=False)

    # What store() writes from the service, and compares to decide whether to write it.
    COPIED = ["text", "name", "firewall_rank", "listed", "is_demo", "long_words"]

    objects = SearchTextQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "service"], name="services_searchtext_one_per_language"
            ),
        ]
        indexes = [
            models.Index(
                fields=["language"],
                condition=Q(long_words=True),
                name="services_searchtext_long_words",
            ),
            # The list of every service in its order (SearchTextQuerySet.listing), so that a
            # page of it is read without sorting every row: PostgreSQL read and sorted the
            # wide service rows, 14 ms at 10,000.
            models.Index(
                models.F("language"),
                *SearchTextQuerySet.LISTING_ORDER,
                models.F("is_demo"),
                condition=Q(listed=True),
                name="services_searchtext_listing",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_id} ({self.language})"

    def copied(self) -> tuple:
        return tuple(getattr(self, field) for field in self.COPIED)


class SearchWordQuerySet(models.QuerySet):
    SIMILAR = 8
    # A piece of a word found in more words than this is looked for in the texts instead.
    MOST = 500

    def learn(self, texts) -> None:
        """Add the words of these texts that are not known yet; nothing else is needed."""
        words = {word for text in texts for word in text.split() if len(word) <= LONGEST_WORD}
        self.bulk_create(
            (SearchWord(word=word) for word in words), batch_size=1000, ignore_conflicts=True
        )

    def containing(self, pieces: list[str]) -> list[str] | None:
        """The known words that contain any of these pieces, or None if there are too many."""
        found = self.filter(reduce(operator.or_, (Q(word__contains=piece) for piece in pieces)))
        words = list(found.values_list("word", flat=True)[: self.MOST + 1])
        return None if len(words) > self.MOST else words

    def similar_to(self, word: str) -> list[str]:
        """On PostgreSQL, the known words spelt most like this one (trigram similarity).

        Looking among the distinct words, not through every service's text, keeps a
        misspelt search as fast as any other (the way the pg_trgm documentation suggests).
        """
        if connection.vendor != "postgresql" or len(word) < 4:
            return []
        return list(
            self.filter(word__trigram_similar=word)
            # A word containing this one is found by the plain match already.
            .exclude(word__contains=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[: self.SIMILAR]
        )


class SearchWord(models.Model):
    """A word that appears in some search text: where a misspelling finds its correction.

    Words are added as texts are stored and never removed; a word no service uses any more
    only ever matches nothing.
    """

    word = models.CharField(max_length=LONGEST_WORD, unique=True)

    objects = SearchWordQuerySet.as_manager()

    def __str__(self) -> str:
        return self.word


class SuggestionKind(models.TextChoices):
    PHONE_WRONG = "phone_wrong", _("The phone number is wrong")
    MOVED = "moved", _("It has moved")
    CLOSED = "closed", _("It has closed")
    HOURS_WRONG = "hours_wrong", _("The opening times are wrong")
    POLICY_WRONG = "policy_wrong", _("What it says about police or immigration is wrong")
    OTHER = "other", _("Something else")


class SuggestionStatus(models.TextChoices):
    NEW = "new", _("Waiting")
    APPLIED = "applied", _("Applied")
    DISMISSED = "dismissed", _("Dismissed")


class Suggestion(models.Model):
    """A correction sent by a reader. It holds nothing about who sent it."""

    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="suggestions"
    )
    kind = models.CharField(_("what is wrong"), max_length=20, choices=SuggestionKind)
    text = models.TextField(_("details"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=SuggestionStatus, default=SuggestionStatus.NEW
    )
    created_on = models.DateField(_("sent on"), auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handled_on = models.DateField(_("handled on"), null=True, blank=True)

    Kind = SuggestionKind
    Status = SuggestionStatus

    class Meta:
        verbose_name = _("suggested correction")
        verbose_name_plural = _("suggested corrections")
        ordering = ["status", "-created_on", "-pk"]
        constraints = [
            choice_constraint("kind", SuggestionKind),
            choice_constraint("status", SuggestionStatus),
            models.CheckConstraint(
                condition=Q(status=SuggestionStatus.NEW) | Q(handled_on__isnull=False),
                name="services_suggestion_handled_is_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service.name}: {self.get_kind_display()}"
