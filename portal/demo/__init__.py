"""Demo content: data files in each app (``<app>/demo/*.yaml``), read by one loader.

``load_demo()`` builds or updates the demo site (``manage.py load_demo`` and the test
session use it); ``helpers`` holds the idempotent building blocks the loader uses. See
``docs/demo-content.md``.
"""

from .helpers import DemoContext
from .loader import DemoDataError, demo_apps, ensure_base_data, load_demo

__all__ = ["DemoContext", "DemoDataError", "demo_apps", "ensure_base_data", "load_demo"]
