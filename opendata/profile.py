"""The HSDS profile of this directory: every extension property we add, and what it means.

HSDS 3.0 schemas do not forbid additional properties, and an HSDS profile is how a publisher
declares the ones it adds: as JSON Schema fragments to merge into the core schemas. This
document gives them per HSDS object, so a consumer can validate our data against HSDS plus
these fragments. Every extension name starts with `x_`, so none can collide with a future
HSDS field. Coded values are given as `oneOf` lists of `const` and `title`, the title being
the plain label in the language asked for.
"""

from django.db import models
from django.utils.translation import gettext as _

from directory.models import (
    AddressVisibility,
    EnforcementPresence,
    EvidenceSource,
    OrganisationType,
    TriState,
)
from opendata import hsds
from opendata.params import MAX_PER_PAGE
from services.firewall import FirewallStatus, ShareLevel
from services.models import (
    AuthorityEnquiry,
    ContactKind,
    CostPolicy,
    GenderFocus,
    IdRequirement,
    LanguageMode,
    Service,
    StatusQuestion,
)

PREFIX = "x_"


def coded(choices: type[models.Choices], description: str, values=None) -> dict:
    labels = dict(choices.choices)
    return {
        "type": "string",
        "description": description,
        "oneOf": [
            {"const": value, "title": str(labels[value])} for value in values or choices.values
        ],
    }


def date(description: str) -> dict:
    return {"type": ["string", "null"], "format": "date", "description": description}


def verification() -> dict:
    return {
        "type": "object",
        "description": _(
            "How the record was last checked. Who checked it, and the notes on how, stay with "
            "the staff."
        ),
        "properties": {
            "evidence_source": coded(EvidenceSource, _("What the check rests on.")),
            "verified_on": date(_("When it was checked.")),
            "review_due": date(_("When it must be checked again.")),
        },
    }


def city() -> dict:
    return {
        "type": "object",
        "description": _("The city, so that data can be filtered and imported by place."),
        "properties": {
            "slug": {"type": "string", "description": _("The value for the `city` parameter.")},
            "name": {"type": "string"},
            "country": {"type": "string", "description": _("ISO 3166-1 alpha-2 code.")},
            "time_zone": {"type": "string", "description": _("IANA time zone.")},
        },
    }


def confidentiality() -> dict:
    answers = {
        "involves_authorities_at_first_contact": coded(
            TriState, _("Police or immigration are involved at first contact.")
        ),
        "shares_with_immigration": coded(ShareLevel, _("Tells immigration.")),
        "shares_with_police": coded(ShareLevel, _("Tells the police.")),
        "shares_with_home_country": coded(ShareLevel, _("Tells the home country.")),
        "shares_with_family": coded(ShareLevel, _("Tells family or partners.")),
        "reports_unpaid_charges": coded(TriState, _("Reports unpaid charges to immigration.")),
        "response_to_authority_enquiry": coded(
            AuthorityEnquiry, _("What it does if immigration asks where someone lives.")
        ),
        "consent_before_sharing": coded(TriState, _("Asks consent before sharing.")),
        "informs_before_disclosure": coded(TriState, _("Tells the person before a disclosure.")),
        "asks_immigration_status": coded(StatusQuestion, _("Asks about immigration status.")),
        "id_requirement": coded(IdRequirement, _("Whether ID is needed.")),
        "real_name_required": coded(TriState, _("A real name is needed.")),
        "accepts_working_name": coded(TriState, _("A working name is accepted.")),
        "address_required": coded(TriState, _("An address is needed.")),
    }
    return {
        "type": ["object", "null"],
        "description": _(
            "The answers of the confidentiality policy the service follows, from which its "
            "firewall status is derived; null when no policy has been recorded."
        ),
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "organisation_default": {
                "type": "boolean",
                "description": _("The policy is the default of the whole organisation."),
            },
            **answers,
            "exceptions": {
                "type": "array",
                "description": _("The legal exceptions in which it does tell the authorities."),
                "items": {"enum": list(hsds.STATUTORY_EXCEPTIONS)},
            },
            "exceptions_in_words": {
                "type": "array",
                "description": _("The same exceptions, in plain words."),
                "items": {"type": "string"},
            },
            "other_exceptions": {"type": "string"},
            "statement": {
                "type": "string",
                "description": _("The service's own confidentiality statement."),
            },
            "statement_url": {"type": "string", "format": "uri"},
            **verification()["properties"],
        },
    }


def extensions() -> dict[str, dict]:
    """Per HSDS object (named as its schema file), the properties we add to it."""
    language_support_item = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "service_id": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "code": {"type": "string", "description": _("ISO 639 code.")},
            "language_tag": {"type": "string", "description": _("BCP 47 tag.")},
            "mode": coded(
                LanguageMode,
                _("How help in the language is given."),
                [mode for mode in LanguageMode.values if mode not in hsds.SPOKEN_MODES],
            ),
            "mode_label": {"type": "string"},
            "note": {"type": "string"},
        },
    }
    return {
        "service": {
            "x_firewall_status": coded(
                FirewallStatus,
                _(
                    "Whether the service tells immigration or the police, derived from its "
                    "policy and never safer than today's evidence allows."
                ),
            ),
            "x_firewall_label": {
                "type": "string",
                "description": _("The firewall status in plain words, in the language asked for."),
            },
            "x_confidentiality": confidentiality(),
            "x_verification": verification(),
            "x_cost_policy": coded(CostPolicy, _("What it costs, and for whom.")),
            "x_gender_focus": coded(GenderFocus, _("Who it is for.")),
            "x_delivery": {
                "type": "object",
                "description": _("The ways the service can be used."),
                "properties": {
                    mode: {
                        "type": "boolean",
                        "description": str(Service._meta.get_field(mode).verbose_name),
                    }
                    for mode in hsds.DELIVERY
                },
            },
            "x_requires_cooperation_with_authorities": coded(
                TriState, _("Help depends on cooperating with the authorities.")
            ),
            "x_requires_exit_commitment": coded(
                TriState, _("A person must promise to stop sex work.")
            ),
            "x_max_stay_days": {"type": "integer", "description": _("Longest stay, in days.")},
            "x_discreet_card_text": {
                "type": "string",
                "description": _("Neutral words for a referral card."),
            },
            "x_language_support": {
                "type": "array",
                "description": _(
                    "Help in a language other than staff speaking it: interpreters, mediators, "
                    "written material. HSDS `languages` lists only languages spoken at the "
                    "service; `interpretation_services` says the same in words."
                ),
                "items": language_support_item,
            },
            "x_demo": {
                "type": "boolean",
                "description": _("Fictional or unverified demonstration data."),
            },
        },
        "organization": {
            "x_organisation_type": coded(OrganisationType, _("What kind of body it is.")),
            "x_sex_worker_led": coded(TriState, _("Led by sex workers: yes, no, or not checked.")),
            "x_city": city(),
            "x_verification": verification(),
            "x_demo": {
                "type": "boolean",
                "description": _("Fictional or unverified demonstration data."),
            },
        },
        "location": {
            "x_address_visibility": coded(
                AddressVisibility,
                _(
                    "How much of the address is published: all of it, only the city and area, "
                    "or nothing but a phone number to call first."
                ),
            ),
            "x_enforcement_presence": coded(
                EnforcementPresence, _("Whether police or immigration work from the same place.")
            ),
            "x_discreet_entrance": coded(TriState, _("The entrance does not say what it is.")),
            "x_city": city(),
        },
        "phone": {
            "x_contact_kind": coded(
                ContactKind, _("The kind of number."), list(ContactKind.phones())
            ),
            "x_free_to_call": coded(TriState, _("Free to call.")),
            "x_on_discreet_card": {
                "type": "boolean",
                "description": _("The number printed on the discreet referral card."),
            },
        },
        "contact": {
            "x_contact_kind": coded(
                ContactKind, _("Email or website."), [ContactKind.EMAIL, ContactKind.WEB]
            ),
            "x_url": {"type": "string", "format": "uri", "description": _("A web address.")},
            "x_on_discreet_card": {"type": "boolean"},
        },
        "schedule": {
            "x_time_zone": {
                "type": "string",
                "description": _(
                    "IANA time zone of opens_at and closes_at, which are local times. A time "
                    "that closes at or before it opens runs past midnight."
                ),
            },
            "x_appointment_only": {"type": "boolean"},
        },
        "language": {
            "x_language_tag": {
                "type": "string",
                "description": _("BCP 47 tag; `code` holds only its ISO 639 part."),
            },
            "x_language_mode": coded(
                LanguageMode, _("How the language is spoken."), list(hsds.SPOKEN_MODES)
            ),
        },
        "taxonomy_term": {
            "x_enforcement": {
                "type": "boolean",
                "description": _(
                    "Police or immigration: services in it are always shown as enforcement."
                ),
            },
        },
    }


def document(base_url: str) -> dict:
    """The profile, in the active language."""
    return {
        "name": _("Firewall-aware directory profile of HSDS 3.0"),
        "hsds_version": hsds.HSDS_VERSION,
        "extension_prefix": PREFIX,
        "description": _(
            "Services for sex workers, with whether each one tells immigration or the police. "
            "Only published records appear; hidden addresses and staff notes never do."
        ),
        "schemas": {
            entity: {"properties": properties} for entity, properties in extensions().items()
        },
        "codes": {
            "attribute.link_type": {
                "category": _("The service's main category."),
                "additional_category": _("Another category the service also belongs to."),
            },
        },
        "query_parameters": {
            "lang": _(
                "Content language, one of the site's language codes (e.g. en, ro, zh-hans); "
                "text not yet translated falls back to English. Default en."
            ),
            "language": _("Only services usable in this language (BCP 47 tag, e.g. ro)."),
            "city": _("Only services in this city (the slug in x_city)."),
            "firewall_status": _("Only services with exactly this x_firewall_status."),
            "per_page": _("Results per page, 1 to {maximum}.").format(maximum=MAX_PER_PAGE),
        },
        "tabular": {
            "x_language_support.csv": _(
                "An extra table with the items of x_language_support, one row each."
            ),
            "x_translations": _(
                "A column of every table: the translated text of the row as a JSON object, "
                "language code to HSDS field to text."
            ),
            "json_cells": _("Extension values that are objects or lists are JSON in their cell."),
        },
        "api_root": base_url,
    }
