from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Site search")
    # Demo content read by portal.demo.load_demo, in this order (docs/demo-content.md).
    demo_files = [
        "demo/synonyms.yaml",
    ]
