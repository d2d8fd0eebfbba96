"""Production: HTTPS behind a reverse proxy, hardened cookies and headers.

Refuses to start without SECRET_KEY (read in base.py without a default) and expects
ALLOWED_HOSTS to name the public host(s). Served by gunicorn (``make serve``,
portal/gunicorn.py); WhiteNoise serves the collected static files.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *

DEBUG = False

# --- Behind a reverse proxy -----------------------------------------------------------
# The header (as a request.META key) and value by which the proxy says that the visitor's
# request was HTTPS. Only true when the proxy overwrites that header on every request;
# empty SECURE_PROXY_SSL_HEADER= when nothing sits in front of gunicorn.
_proxy_ssl_header = env.list("SECURE_PROXY_SSL_HEADER", default=["HTTP_X_FORWARDED_PROTO", "https"])
if _proxy_ssl_header and len(_proxy_ssl_header) != 2:
    raise ImproperlyConfigured(
        "SECURE_PROXY_SSL_HEADER takes a header and a value, e.g. HTTP_X_FORWARDED_PROTO,https"
        f" (got {_proxy_ssl_header!r})."
    )
SECURE_PROXY_SSL_HEADER = tuple(_proxy_ssl_header) if _proxy_ssl_header else None
# Take the host and port from X-Forwarded-Host / X-Forwarded-Port (when the proxy rewrites
# Host); ALLOWED_HOSTS still applies to the forwarded host.
USE_X_FORWARDED_HOST = env.bool("USE_X_FORWARDED_HOST", default=False)
USE_X_FORWARDED_PORT = env.bool("USE_X_FORWARDED_PORT", default=False)
if PUBLIC_BASE_URL and not PUBLIC_BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL must be an address such as https://lien.example.org "
        f"(got {PUBLIC_BASE_URL!r})."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Preloading HSTS is a one-way commitment for the whole domain: the operator opts in with
# SECURE_HSTS_PRELOAD=true, so the reminder check is silenced while it is off.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"

ADMINS = [("Admins", addr) for addr in env.list("ADMIN_EMAILS", default=[])]

LOGGING["root"]["level"] = env.str("LOG_LEVEL", default="INFO")
