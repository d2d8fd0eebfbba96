"""Directory of local associations and public facilities."""

from django.utils.translation import gettext_lazy as _

from portal.models import IndexPage


class DirectoryPage(IndexPage):
    """/annuaire/: one per language; search, filters, map and the list of entries."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory")
