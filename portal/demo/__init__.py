"""Demo content: data files in each app (``<app>/demo/*.yaml``), read by one loader.

``load_demo()`` builds or updates the demo site; the helpers below are the idempotent
building blocks it uses, also handy in test fixtures. See ``docs/demo-content.md``.
"""

from .helpers import (
    DemoContext,
    apply_fields,
    ensure_locales,
    ensure_page,
    ensure_snippet,
    ensure_snippet_translation,
    ensure_translation,
    rich,
    site_root_page,
    update_page,
)
from .loader import DemoDataError, demo_apps, ensure_base_data, load_demo

__all__ = [
    "DemoContext",
    "DemoDataError",
    "apply_fields",
    "demo_apps",
    "ensure_base_data",
    "ensure_locales",
    "ensure_page",
    "ensure_snippet",
    "ensure_snippet_translation",
    "ensure_translation",
    "load_demo",
    "rich",
    "site_root_page",
    "update_page",
]
