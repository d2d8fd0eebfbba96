"""« Signaler une erreur »: the visitors' error reports on a fiche.

The kinds and states, the form (no personal data asked, a honeypot field), the rate limit
kept in the shared cache, the handling of the POST and the retention rule. This module
does not import the models: it stores reports through the page it is given
(``page.error_reports``).
"""

import hashlib
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

REPORTS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 3600
RETENTION_DAYS = 365  # handled reports are deleted after this many days
THANKS_PARAM = "signalement"


class ReportKind(models.TextChoices):
    HOURS = "hours", gettext_lazy("The opening hours are wrong")
    ADDRESS = "address", gettext_lazy("The address or the map is wrong")
    CONTACT = "contact", gettext_lazy("The phone, e-mail or website is wrong")
    CLOSED = "closed", gettext_lazy("This place has closed for good")
    OTHER = "other", gettext_lazy("Something else")


class ReportState(models.TextChoices):
    NEW = "new", gettext_lazy("To check")
    DONE = "done", gettext_lazy("Handled")
    REJECTED = "rejected", gettext_lazy("Not an error")


class ErrorReportForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What is wrong?"),
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=gettext_lazy("Details (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "For example the right hours. Please do not write your name, phone or e-mail."
        ),
    )
    # Honeypot: hidden from people by CSS, filled in by robots.
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get("website"))


def _client_key(request):
    ip = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:24]
    return f"directory:report:{digest}"


def _rate_limited(request):
    key = _client_key(request)
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW_SECONDS)
        count = 1
    return count > REPORTS_PER_HOUR


def purge_old(report_model, now=None):
    """Delete the handled reports older than ``RETENTION_DAYS`` (new ones are kept until an
    editor looks at them)."""
    limit = (now or timezone.now()) - timedelta(days=RETENTION_DAYS)
    handled = report_model.objects.filter(created_at__lt=limit)
    return handled.exclude(state=ReportState.NEW).delete()


def thanks_url(page, request):
    return f"{page.get_url(request)}?{THANKS_PARAM}=merci#signaler"


def report_sent(request):
    return request.GET.get(THANKS_PARAM) == "merci"


def handle_report(page, request):
    """The POST of the fiche's form: store the report, or show the form with its errors."""
    form = ErrorReportForm(request.POST)
    thanks = thanks_url(page, request)
    if form.is_spam():
        return HttpResponseRedirect(thanks)  # say nothing to robots
    status = 200
    if _rate_limited(request):
        form.add_error(None, _("Too many reports from here in the last hour. Try again later."))
        status = 429
    elif form.is_valid():
        page.error_reports.create(
            kind=form.cleaned_data["kind"], message=form.cleaned_data["message"]
        )
        purge_old(page.error_reports.model)
        return HttpResponseRedirect(thanks)
    context = page.get_context(request, report_form=form)
    return TemplateResponse(request, page.get_template(request), context, status=status)
