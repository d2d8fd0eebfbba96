"""Reading the emergency numbers for a language, cached and invalidated on every edit."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Locale

from portal.models import EmergencyNumber

CACHE_KEY = "portal:emergency:{}"


def emergency_numbers(language_code=None):
    """The numbers to show in ``language_code`` (the active language by default).

    Falls back to the default locale's numbers when a language has no translation yet, so
    the banner is never empty. One cached list per language, cleared by ``signals.py``.
    """
    code = language_code or get_language() or "fr"
    key = CACHE_KEY.format(code)
    numbers = cache.get(key)
    if numbers is None:
        numbers = list(EmergencyNumber.objects.filter(locale__language_code=code))
        if not numbers:
            numbers = list(EmergencyNumber.objects.filter(locale=Locale.get_default()))
        cache.set(key, numbers, None)
    return numbers


def clear_cache():
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
