from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import (
    Audience,
    EmergencyNumber,
    FormatCategory,
    OrganisationType,
    PlaceKind,
    Theme,
)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order", LocaleColumn()]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class OrganisationTypeViewSet(TermViewSet):
    model = OrganisationType
    icon = "home"


class FormatCategoryViewSet(TermViewSet):
    model = FormatCategory
    icon = "list-ul"


class PlaceKindViewSet(TermViewSet):
    model = PlaceKind
    icon = "site"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        AudienceViewSet,
        OrganisationTypeViewSet,
        FormatCategoryViewSet,
        PlaceKindViewSet,
    )


class EmergencyNumberViewSet(SnippetViewSet):
    model = EmergencyNumber
    icon = "warning"
    menu_label = _("Emergency numbers")
    add_to_settings_menu = True
    list_display = [
        "number",
        "label",
        "category",
        BooleanColumn("in_banner", label=_("In the footer banner")),
        LocaleColumn(),
    ]
    list_filter = ["locale", "category"]
    ordering = ["sort_order", "number"]


register_snippet(TaxonomyGroup)
register_snippet(EmergencyNumberViewSet)
