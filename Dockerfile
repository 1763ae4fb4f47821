# syntax=docker/dockerfile:1
FROM python:3.13-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN python -m venv /venv && /venv/bin/pip install --upgrade pip && /venv/bin/pip install .
COPY . .
# Only this stage's /app ships, so what a checkout may hold besides the code stays behind:
# secrets, databases and their backups (staff accounts, evidence notes), the host's venv.
RUN rm -rf .env .venv .git backups staticfiles ./*.sqlite3
# Build-time only values: static files and catalogues need settings, not secrets.
RUN export DJANGO_SECRET_KEY=build-only-key-that-is-long-enough-and-never-used-at-runtime-0123 \
    && /venv/bin/python manage.py collectstatic --no-input -v 0 \
    && /venv/bin/python manage.py compilemessages -v 0 --ignore=/venv

FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/venv/bin:$PATH
RUN useradd --system --uid 10001 --home /app directory
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=directory /app /app
USER directory
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status != 200)"
CMD ["gunicorn", "config.wsgi", "-c", "gunicorn.conf.py"]
