from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    label = "portal"
    verbose_name = _("Portal foundation")
    # Demo content read by portal.demo.load_demo, in this order (docs/demo-content.md).
    demo_files = [
        "demo/vocabulary.yaml",
    ]

    def ready(self):
        # Late on purpose: the signal handlers import models, which Django allows only once
        # the app registry is ready.
        from . import signals  # noqa: F401
