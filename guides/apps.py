from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides, initiatives and action formats")
    # Demo content read by portal.demo.load_demo, in this order (docs/demo-content.md).
    demo_files = [
        "demo/indexes.yaml",
        "demo/guides.yaml",
        "demo/initiatives.yaml",
        "demo/formats.yaml",
    ]
