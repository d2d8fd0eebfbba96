"""Practical guides and initiatives (case studies of real local projects)."""

from django.utils.translation import gettext_lazy as _

from portal.models import IndexPage


class GuideIndexPage(IndexPage):
    """/guides/: the practical guides."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")


class InitiativeIndexPage(IndexPage):
    """/initiatives/: case studies of real local projects."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative index")
