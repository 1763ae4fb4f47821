"""The browser suite's map of the site: one page of every public kind, and the journey."""

from dataclasses import dataclass

# One page of every public kind, by its address after the language prefix.
PAGES = {
    "find a service": "",
    "results": "?city={city}&firewall=firewalled",
    "service": "services/{service}/",
    "organisation": "organisations/{organisation}/",
    "number on screen": "card/{pk}/",
    "printed card": "card/{pk}/print/",
    "guidance": "guidance/",
    "guidance page": "guidance/{guidance}/",
    "glossary": "guidance/glossary/",
    "phrasebook": "guidance/phrasebook/",
    "safety": "safety/",
    "about": "about/",
    "suggest a correction": "services/{service}/correct/",
    "correction sent": "services/{service}/correct/?sent=1",
}
# English, and the two scripts most likely to break a layout: Thai, and Arabic (right to left).
LANGUAGES = ["en", "th", "ar"]


@dataclass(frozen=True)
class Journey:
    """What an outreach worker picks, and what they should then find."""

    language: str
    city: str
    slug: str
    name: str
    call: str
    card_number: str
    ask_for: str
    pk: int


@dataclass(frozen=True)
class LiveSite:
    url: str
    neutral: str
    journey: Journey
    organisation: str
    guidance: str

    def address(self, kind: str, language: str) -> str:
        path = PAGES[kind].format(
            city=self.journey.city,
            service=self.journey.slug,
            pk=self.journey.pk,
            organisation=self.organisation,
            guidance=self.guidance,
        )
        return f"/{language}/{path}"
