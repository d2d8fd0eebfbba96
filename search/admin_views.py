"""Admin report: the most frequent searches and the searches without results."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search.models import SearchLogEntry

PERIODS = (7, 30, 90, 180)
ROWS = 50


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/report.html"
    page_title = _("Searches")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("portal_search.view_searchlogentry"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": self.page_title}]

    def period(self):
        try:
            days = int(self.request.GET.get("days", "30"))
        except ValueError:
            days = 30
        return days if days in PERIODS else 30

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = self.period()
        since = timezone.localdate() - timedelta(days=days)
        rows = (
            SearchLogEntry.objects.filter(day__gte=since)
            .values("query")
            .annotate(searches=Sum("searches"), last_day=Max("day"))
        )
        without = (
            SearchLogEntry.objects.filter(day__gte=since, hits=0)
            .values("query")
            .annotate(searches=Sum("searches"), last_day=Max("day"))
        )
        context.update(
            days=days,
            periods=PERIODS,
            frequent=rows.order_by("-searches", "query")[:ROWS],
            without_results=without.order_by("-searches", "query")[:ROWS],
            retention_days=settings.SEARCH_LOG_RETENTION_DAYS,
        )
        return context
