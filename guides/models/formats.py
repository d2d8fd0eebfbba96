"""The action format library: replicable formats (café-échanges, cercle d'écoute…)."""

from django.utils.translation import gettext_lazy as _

from portal.models import IndexPage


class ActionFormatIndexPage(IndexPage):
    """/formats/: replicable action formats."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("action format index")
