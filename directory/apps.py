from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory of associations and public places")
    # Demo content read by portal.demo.load_demo, in this order (docs/demo-content.md).
    demo_files = [
        "demo/directory.yaml",
        "demo/entries.yaml",
    ]
