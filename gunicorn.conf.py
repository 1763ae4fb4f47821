"""gunicorn settings for production (docker-compose): no access log, recycled workers."""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
# Pages are CPU-bound; more workers than cores only adds memory.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count(), 4)))
max_requests = 1000
max_requests_jitter = 100
timeout = 30
# No access log: request lines carry addresses and search terms (SPEC §2.3).
accesslog = None
errorlog = "-"
loglevel = "warning"
# gunicorn takes the scheme from forwarding headers only from these addresses. Django reads
# X-Forwarded-Proto itself (SECURE_PROXY_SSL_HEADER), which is why only the reverse proxy may
# reach the port. Forwarded client addresses are never logged.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 25.1+ opens a runtime control socket under $HOME unless told not to: nothing here
# uses it, the container's filesystem is read-only, and two servers on one host would
# replace each other's.
control_socket_disable = True
