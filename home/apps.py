from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site settings")
    # Demo content read by portal.demo.load_demo, in this order (docs/demo-content.md).
    demo_files = [
        "demo/home.yaml",
        "demo/pages.yaml",
        "demo/emergency.yaml",
    ]
