"""Test settings: fast hashing, isolated media, no .env surprises for secrets."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")

from .base import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="lien-test-media-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="lien-test-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
