from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import SearchReportView
from search.models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["term", "expansions", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "expansions"]
    ordering = ["term"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/searches/", SearchReportView.as_view(), name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("portal_search.view_searchlogentry")


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches"), reverse("search_report"), name="searches", icon_name="search", order=950
    )
