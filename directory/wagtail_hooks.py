"""Admin for editors: a flat, filtered list of directory entries (no tree to walk) with a
CSV/XLSX export, and the visitors' error reports to handle.

The export is a data·inclusion « structure » table: its first columns carry the
data·inclusion names (``nom``, ``adresse``, ``code_postal``…, from
``directory.datainclusion``), then our own fields; the page address is absolute
(``portal.absolute``), never the placeholder hostname of the Wagtail ``Site``."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.coreutils import multigetattr

from portal.absolute import absolute_url
from portal.models import OrganisationType, Theme

from . import datainclusion
from .geo import city_key
from .models import ErrorReport, OrganisationPage

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class OrganisationFilterSet(PageFilterSet):
    city = django_filters.CharFilter(
        label=_("Commune"), method="filter_city", help_text=_("E.g. Laxou")
    )
    organisation_type = django_filters.ModelChoiceFilter(
        label=_("Type of organisation"),
        queryset=OrganisationType.objects.all(),
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.all(), field_name="themes"
    )
    stale = django_filters.ChoiceFilter(
        label=_("Needs checking"),
        choices=YES_NO,
        method="filter_stale",
        widget=forms.RadioSelect,
        empty_label=_("Any"),
    )
    has_position = django_filters.ChoiceFilter(
        label=_("Has a position on the map"),
        choices=YES_NO,
        method="filter_position",
        widget=forms.RadioSelect,
        empty_label=_("Any"),
    )

    class Meta:
        model = OrganisationPage
        fields = []

    def filter_city(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        if value.isdigit():
            return queryset.filter(postcode__startswith=value)
        return queryset.filter(city_key__startswith=city_key(value))

    def filter_stale(self, queryset, name, value):
        stale = Q(review_due__isnull=True) | Q(review_due__lt=timezone.localdate())
        if value == "yes":
            return queryset.filter(stale)
        if value == "no":
            return queryset.exclude(stale)
        return queryset

    def filter_position(self, queryset, name, value):
        if value == "yes":
            return queryset.filter(latitude__isnull=False)
        if value == "no":
            return queryset.filter(latitude__isnull=True)
        return queryset


# The export's columns: the data·inclusion structure, then what data·inclusion does not have.
DATAINCLUSION_COLUMNS = list(datainclusion.STRUCTURE_FIELDS.values())
OUR_COLUMNS = [
    "organisation_type",
    "contact_public",
    "step_free_access",
    "languages",
    "rna",
    "review_due",
    "is_demo",
    "live",
    "page_url",
]


class OrganisationIndexView(IndexView):
    def to_row_dict(self, item):
        record = datainclusion.structure_record(item)
        row = {name: record[name] for name in DATAINCLUSION_COLUMNS}
        for name in OUR_COLUMNS:
            if name == "page_url":
                row[name] = absolute_url(item, self.request)
            else:
                row[name] = multigetattr(item, name)
        return row

    def get_heading(self, queryset, field):
        if field in DATAINCLUSION_COLUMNS:
            return field  # the data·inclusion name, as data·inclusion tools expect it
        return super().get_heading(queryset, field)


class OrganisationListing(PageListingViewSet):
    model = OrganisationPage
    icon = "site"
    menu_label = _("Directory entries")
    add_to_admin_menu = False
    name = "directory_entries"
    filterset_class = OrganisationFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("city", label=_("Commune"), sort_key="city"),
        Column("organisation_type", label=_("Type")),
        DateColumn("verified_on", label=_("Verified on"), sort_key="verified_on"),
        DateColumn("review_due", label=_("Check again by"), sort_key="review_due"),
    ]
    index_view_class = OrganisationIndexView
    list_export = [*DATAINCLUSION_COLUMNS, *OUR_COLUMNS]
    export_headings = {"page_url": _("Address of the page")}
    export_filename = "annuaire"


class ErrorReportFilterSet(WagtailFilterSet):
    class Meta:
        model = ErrorReport
        fields = ["state", "kind"]


class ErrorReportViewSet(ModelViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = _("Error reports")
    add_to_admin_menu = False
    name = "directory_reports"
    list_display = ["page", "kind", "created_at", "state"]
    filterset_class = ErrorReportFilterSet
    form_fields = ["state", "editor_note"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "kind", "message", "created_at", "state", "editor_note"]
    list_export = ["page", "kind", "message", "created_at", "state"]
    export_filename = "signalements"
    ordering = ["-created_at"]


class DirectoryGroup(ViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_order = 250
    items = (OrganisationListing, ErrorReportViewSet)


@hooks.register("register_admin_viewset")
def register_directory_admin():
    return DirectoryGroup()
