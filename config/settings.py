"""Settings for the directory, read from the environment.

Every default is the safe one: debug off, no secret key, nothing but localhost allowed.
`make run` supplies development values itself; `.env.example` lists every variable.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from xstatic.pkg import jquery_ui

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """The DATABASES entry for a `sqlite:///relative/path` or `postgres://user:pw@host/name` URL."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # sqlite:///db.sqlite3 is relative to the project; sqlite:////srv/db.sqlite3 is absolute.
        path = parts.path[1:] if parts.path.startswith("/") else parts.path
        if not path:
            raise ImproperlyConfigured("DATABASE_URL for SQLite needs a file name")
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / path,
            # SQLite keeps its page cache per connection: opened afresh for each request, a
            # search read its rows from the file every time (p50 20 ms instead of 17).
            "CONN_MAX_AGE": 60,
        }
    if parts.scheme in {"postgres", "postgresql"}:
        if not parts.path.strip("/"):
            raise ImproperlyConfigured("DATABASE_URL for PostgreSQL needs a database name")
        return {
            # Django's, with a health check that needs no round trip (config/postgresql).
            "ENGINE": "config.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "OPTIONS": {
                # A black-holed database must not hang a worker until gunicorn kills it.
                "connect_timeout": 3,
                # A page's queries are small: starting parallel workers for one costs more
                # than it saves (a search for a common word took 75 ms instead of 40 at
                # 10,000 services), and they take cores from the other requests.
                "options": "-c max_parallel_workers_per_gather=0",
            },
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(f"DATABASE_URL scheme {parts.scheme!r} is not supported")


DEBUG = envbool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set (make run sets one for development)")
if not DEBUG and (len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure")):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is too weak for use with debug off")

# Demo records (fictional, marked is_demo) are public only where this is on: `make run` and
# demonstration sites. A real directory leaves it off.
SHOW_DEMO_DATA = envbool("DJANGO_SHOW_DEMO_DATA")

# What a glance at the screen or the tab shows: neutral by default, changeable per deployment.
# The default is translated with the rest of the interface; a name set here is shown as is.
SITE_NAME = os.environ.get("DJANGO_SITE_NAME") or _("Local services")
SITE_FAVICON = os.environ.get("DJANGO_SITE_FAVICON", "favicon.svg")
# Where the quick exit sends people: a page that looks ordinary on anyone's phone.
QUICK_EXIT_URL = os.environ.get("DJANGO_QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

# A correction sent sooner than this after the form opened is a robot's.
SUGGESTION_MIN_SECONDS = 3

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # Trigram lookups for misspelt searches; inert on SQLite.
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "directory",
    "services",
    "opendata",
    "guidance",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "config.headers.PrivacyHeadersMiddleware",
    # Turns a lost database into a static 503. Django hands a view's exception to every
    # middleware's process_exception (innermost first), so this one sees it wherever it
    # stands, and its 503 then passes back out through all the others: it carries the same
    # CSP, security and language headers as any page.
    "config.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages leave gzipped (whitenoise serves static files pre-compressed), with an ETag, so
    # that a browser that still has a page gets a 304 and no body. Public pages are also kept
    # whole, compressed, by the page cache (public_page in services/views.py).
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Records which staff account made each change; it stores nothing about the device.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it sees the outcome of the admin's login view.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3")),
}

# The page cache keeps each public page, compressed, in each worker's memory; the fragment
# cache keeps the parts pages are built from (result cards, the find form's lists:
# directory/fragments.py), so that a page rendered afresh, a search above all, is mostly put
# together from them. Half a minute each, so what a server sends is at most a minute behind:
# long enough to absorb a rush, short enough that "open now" and a listing staff changed are
# soon right. Servers behind one load balancer can share a cache instead (README, "Scaling").
CACHES = {
    # Each its own LOCATION: local-memory caches with the same one share a single store.
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
    # A card is 1–2 KB (Thai twice the English): 5,000 of them cost a worker up to 10 MB.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "fragments",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_SECONDS = 30
FRAGMENT_CACHE_SECONDS = 30

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Password guessing locks the username for 15 minutes. Nothing about the device is kept:
# no address, no browser, no access log (see directory/login.py).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_CLIENT_IP_CALLABLE = "directory.login.no_address"
AXES_HANDLER = "directory.login.DevicelessHandler"
AXES_VERBOSE = False

# Axes warns when lockouts ignore the address; counting by username alone is the point here:
# rotating browsers or addresses does not reset a username's count.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

OTP_TOTP_ISSUER = "Service directory staff"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 15},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages are fixed before the first migration: each one is a column on every translated
# field. English is the source; the others are the TAMPEP leaflet languages of the seeds, plus
# Chinese, Turkish and Arabic (right to left from day one).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sq", _("Albanian")),
    ("ar", _("Arabic")),
    ("bg", _("Bulgarian")),
    ("zh-hans", _("Chinese (Simplified)")),
    ("cs", _("Czech")),
    ("et", _("Estonian")),
    ("fr", _("French")),
    ("de", _("German")),
    ("hu", _("Hungarian")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("sk", _("Slovak")),
    ("es", _("Spanish")),
    ("th", _("Thai")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
]
# Django finds the apps' locale folders itself, but not the project-wide one.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# modeltranslation's tabbed admin loads jQuery UI from Google unless told otherwise.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/jquery-ui", jquery_ui.BASE_DIR),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Nothing on any page may come from another origin (SPEC §2.4), and no inline code, so pages
# can be cached whole without nonces.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "worker-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SECURE = not DEBUG
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 8 * 60 * 60
CSRF_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SAMESITE = "Strict"
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The container's own health check speaks plain HTTP on the loopback.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = 63072000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Nothing about visitors is logged: no request lines, no addresses, no user agents.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_visitor_data": {"()": "config.log_filters.NoVisitorData"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Errors only: a 404 says which page someone looked for.
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["no_visitor_data"],
        },
        "django.security": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["no_visitor_data"],
        },
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
