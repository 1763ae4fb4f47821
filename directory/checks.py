"""System checks that refuse to start a site that would break the safety rules of SPEC §2."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import connections
from django.utils.csp import CSP

UNSAFE = {CSP.UNSAFE_INLINE, CSP.UNSAFE_EVAL, CSP.UNSAFE_HASHES, "'unsafe-inline'", "*"}


def is_off_site(url: str) -> bool:
    return url.startswith(("//", "http:", "https:"))


@register(Tags.security)
def check_content_security_policy(app_configs, **kwargs) -> list[Error]:
    policy = settings.SECURE_CSP
    if not policy:
        return [Error("SECURE_CSP is empty: every page needs a strict policy.", id="site.E001")]
    errors = []
    if policy.get("default-src") != [CSP.NONE]:
        errors.append(Error("SECURE_CSP must set default-src 'none'.", id="site.E002"))
    for directive, sources in policy.items():
        for source in sources:
            if source in UNSAFE:
                errors.append(Error(f"SECURE_CSP {directive} allows {source}.", id="site.E003"))
            elif is_off_site(str(source)) or "." in str(source):
                errors.append(
                    Error(
                        f"SECURE_CSP {directive} allows another origin: {source}.", id="site.E004"
                    )
                )
    return errors


@register(Tags.security)
def check_referrer_policy(app_configs, **kwargs) -> list[Error]:
    if settings.SECURE_REFERRER_POLICY != "no-referrer":
        return [Error("SECURE_REFERRER_POLICY must be 'no-referrer'.", id="site.E005")]
    return []


@register(Tags.security)
def check_no_off_site_assets(app_configs, **kwargs) -> list[Error]:
    """Static files and the admin's scripts must come from our own origin."""
    urls = {
        "STATIC_URL": settings.STATIC_URL,
        "JQUERY_URL": getattr(settings, "JQUERY_URL", ""),
        "JQUERY_UI_URL": getattr(settings, "JQUERY_UI_URL", ""),
    }
    return [
        Error(f"{name} points to another site: {url}", id="site.E006")
        for name, url in urls.items()
        if url and is_off_site(url)
    ]


@register(Tags.database)
def check_postgresql_character_type(app_configs, databases=None, **kwargs) -> list[Error]:
    """pg_trgm makes no trigrams of Cyrillic, Thai or Chinese in a C-locale database."""
    errors = []
    for alias in databases or []:
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            cursor.execute("SELECT datctype FROM pg_database WHERE datname = current_database()")
            (ctype,) = cursor.fetchone()
        if "utf8" not in ctype.lower().replace("-", ""):
            errors.append(
                Error(
                    f"Database {alias!r} has LC_CTYPE {ctype!r}: searches in non-Latin scripts "
                    "need a UTF-8 character type (create it with --locale=C.UTF-8).",
                    id="site.E007",
                )
            )
    return errors
