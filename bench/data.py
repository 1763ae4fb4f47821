"""A directory of 10,000 invented services, for the benchmark and the query-plan test.

Every record is made up and lives only in a database of its own (`make bench` creates
`fd_bench`); the numbers are in ranges kept for fiction, as in the demo. Services come in
organisations of 20, in 50 cities, each with its languages, opening times, contacts and a name
and description in ten languages, so filters and free-text search face a realistic spread.
The derived firewall status and search text are computed exactly as a save would.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone
from modeltranslation.fields import TranslationField
from modeltranslation.utils import build_localized_fieldname

from directory.models import City, Country, Language, Organisation, OrganisationType, Site
from services.models import (
    ConfidentialityPolicy,
    ContactPoint,
    CostPolicy,
    LanguageMode,
    OpeningSlot,
    SearchText,
    Service,
    ServiceCategory,
    ServiceLanguage,
)
from tests.factories import checked_policy_answers

SERVICES_PER_ORGANISATION = 20
CITIES = 50
TIME_ZONES = ["Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Asia/Bangkok"]
BATCH = 1000

# Words a reader searches for, in ten site languages. Each service is about two of them; the
# rest of its text is filler, so a search word matches a realistic share of the directory.
KEYWORDS = {
    "en": "clinic health advice support drop-in testing lawyer immigration counselling shelter "
    "English classes interpreter nurse doctor women trans outreach helpline housing violence",
    "ro": "clinică sănătate consiliere sprijin testare avocat imigrare adăpost cursuri "
    "interpret asistentă medic femei ajutor locuință violență",
    "ru": "клиника здоровье консультация поддержка тестирование юрист иммиграция приют "
    "курсы переводчик медсестра врач женщины помощь жильё насилие",
    "th": "คลินิก สุขภาพ คำปรึกษา ช่วยเหลือ ตรวจ ทนายความ ที่พัก ล่าม พยาบาล หมอ ผู้หญิง",
    "ar": "عيادة صحة استشارة دعم فحص محامي هجرة مأوى دروس مترجم ممرضة طبيب نساء مساعدة سكن",
    "zh-hans": "诊所 健康 咨询 支持 检测 律师 移民 庇护所 课程 口译 护士 医生 妇女 帮助 住房",
    "es": "clínica salud asesoría apoyo pruebas abogado inmigración albergue clases "
    "intérprete enfermera médico mujeres ayuda vivienda violencia",
    "fr": "clinique santé conseil soutien dépistage avocat immigration hébergement cours "
    "interprète infirmière médecin femmes aide logement violence",
    "pl": "klinika zdrowie porada wsparcie testy prawnik imigracja schronienie kursy tłumacz "
    "pielęgniarka lekarz kobiety pomoc mieszkanie przemoc",
    "bg": "клиника здраве консултация подкрепа изследване адвокат имиграция приют курсове "
    "преводач медицинска сестра лекар жени помощ жилище насилие",
}
# The letters filler words are made of, by script.
LETTERS = {
    "latin": "abcdefghijklmnoprstuvz",
    "cyrillic": "абвгдежзиклмнопрстуфх",
    "th": "กขคงจชซดตทนบปผพมยรลวสหอ",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "zh-hans": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以",
}
SCRIPTS = {"ru": "cyrillic", "bg": "cyrillic", "th": "th", "ar": "ar", "zh-hans": "zh-hans"}
FILLER_WORDS = 3000


def policy_answers(kind: int, today: datetime.date) -> dict:
    """Answers that derive each firewall status in turn, so every filter value has services."""
    answers = checked_policy_answers(today)
    if kind == 1:
        answers["shares_with_immigration"] = "on_request"
    elif kind == 2:
        answers["asks_immigration_status"] = "for_charging_only"
    elif kind == 3:
        answers["evidence_source"] = "assumed"
    return answers


def untranslated(model) -> dict:
    """The model's columns for languages other than English at their defaults, worked out once.

    Passed to each new instance, they spare modeltranslation switching the active language to
    find each column's default, which would otherwise take most of the loading time. English
    is left out: it is set through the field's own name (`name=` fills `name_en`).
    """
    return {
        field.name: field.get_default()
        for field in model._meta.concrete_fields
        if isinstance(field, TranslationField) and field.language != "en"
    }


def filler(rng: random.Random) -> dict[str, list[str]]:
    """A vocabulary of made-up words for each language, in its own script."""
    vocabulary = {}
    for code in KEYWORDS:
        letters = LETTERS[SCRIPTS.get(code, "latin")]
        vocabulary[code] = [
            "".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(FILLER_WORDS)
        ]
    return vocabulary


def text(rng: random.Random, about: list[str], vocabulary: list[str], count: int) -> str:
    return " ".join(about + rng.choices(vocabulary, k=count))


@transaction.atomic
def load(count: int = 10_000, *, seed: int = 8) -> int:
    """Add `count` published services with everything a card shows; returns how many exist."""
    rng = random.Random(seed)
    today = timezone.localdate()
    blank = {
        model: untranslated(model)
        for model in (City, Organisation, Site, ConfidentialityPolicy, Service)
        + (ServiceLanguage, OpeningSlot, ContactPoint)
    }
    categories = list(
        ServiceCategory.objects.filter(parent__isnull=False, is_enforcement=False)
        .exclude(parent__is_enforcement=True)
        .select_related("parent")
    )
    languages = list(Language.objects.all())
    words = filler(rng)
    country, _ = Country.objects.get_or_create(
        code="GB", defaults={"name": "United Kingdom", "phone_region": "GB"}
    )
    cities = City.objects.bulk_create(
        City(
            **blank[City],
            name=f"Town {n}",
            slug=f"bench-town-{n}",
            country=country,
            time_zone=TIME_ZONES[n % len(TIME_ZONES)],
        )
        for n in range(CITIES)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(
            **blank[Organisation],
            name=f"Project {n}",
            slug=f"bench-project-{n}",
            org_type=OrganisationType.CHARITY,
            city=cities[n % CITIES],
        )
        for n in range(count // SERVICES_PER_ORGANISATION)
    )
    sites = Site.objects.bulk_create(
        Site(
            **blank[Site],
            organisation=org,
            label=f"Door {n}",
            city=org.city,
            address_line=f"{n} High Street",
            address_visibility=Site.AddressVisibility.PUBLIC,
            enforcement_presence=Site.EnforcementPresence.NONE_KNOWN,
        )
        for n, org in enumerate(organisations)
    )
    policies = ConfidentialityPolicy.objects.bulk_create(
        ConfidentialityPolicy(
            **blank[ConfidentialityPolicy],
            organisation=org,
            title="Policy",
            is_organisation_default=True,
            # Every city gets organisations of every kind of policy.
            **policy_answers(n // CITIES % 4, today),
        )
        for n, org in enumerate(organisations)
    )
    services = []
    for n in range(count):
        index = n // SERVICES_PER_ORGANISATION
        written = {}
        for code, keywords in KEYWORDS.items():
            about = rng.sample(keywords.split(), 2)
            written[build_localized_fieldname("name", code)] = text(rng, about, words[code], 1)
            written[build_localized_fieldname("description", code)] = text(
                rng, about, words[code], 40
            )
        service = Service(
            **{**blank[Service], **written},
            organisation=organisations[index],
            policy=policies[index],
            category=rng.choice(categories),
            slug=f"bench-place-{n}",
            cost_policy=rng.choice(CostPolicy.values),
        )
        service.apply_firewall_status(today)
        services.append(service)
    services = Service.objects.bulk_create(services, batch_size=BATCH)
    SearchText.objects.store(services)

    site_links = Service.sites.through
    site_links.objects.bulk_create(
        (
            site_links(service=service, site=sites[n // SERVICES_PER_ORGANISATION])
            for n, service in enumerate(services)
        ),
        batch_size=BATCH,
    )
    ServiceLanguage.objects.bulk_create(
        (
            ServiceLanguage(
                **blank[ServiceLanguage],
                service=service,
                language=language,
                mode=rng.choice(LanguageMode.values),
            )
            for service in services
            for language in rng.sample(languages, rng.randint(1, 4))
        ),
        batch_size=BATCH,
    )
    OpeningSlot.objects.bulk_create(
        (
            OpeningSlot(
                **blank[OpeningSlot],
                service=service,
                weekday=weekday,
                opens=datetime.time(rng.choice([8, 9, 10])),
                closes=datetime.time(rng.choice([16, 17, 20])),
            )
            for service in services
            for weekday in range(5)
        ),
        batch_size=BATCH,
    )
    ContactPoint.objects.bulk_create(
        (
            ContactPoint(
                **blank[ContactPoint],
                service=service,
                kind="phone",
                value=f"+44207946{n % 1000:04d}",
            )
            for n, service in enumerate(services)
        ),
        batch_size=BATCH,
    )
    return Service.objects.count()
