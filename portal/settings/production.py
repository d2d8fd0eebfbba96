"""Production: HTTPS behind a reverse proxy, hardened cookies and headers.

Refuses to start without SECRET_KEY (read in base.py without a default) and expects
ALLOWED_HOSTS to name the public host(s).
"""

from .base import *

DEBUG = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
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
