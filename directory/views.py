"""The fiche's context (status, hours, QR code, JSON-LD) and the « Signaler une erreur »
form: no personal data, a honeypot field, a rate limit kept in the shared cache."""

import hashlib
import json
from datetime import timedelta
from urllib.parse import urlsplit

import segno
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import hours
from .models import ErrorReport

REPORTS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 3600
THANKS_PARAM = "signalement"

SCHEMA_TYPES = {
    "mediatheque": "Library",
    "bibliotheque": "Library",
    "mairie": "CityHall",
    "ccas": "GovernmentOffice",
    "france-services": "GovernmentOffice",
}


class ErrorReportForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What is wrong?"),
        choices=ErrorReport.Kind.choices,
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


def handle_report(page, request):
    form = ErrorReportForm(request.POST)
    thanks = f"{page.get_url(request)}?{THANKS_PARAM}=merci#signaler"
    if form.is_spam():
        return HttpResponseRedirect(thanks)  # say nothing to robots
    status = 200
    if _rate_limited(request):
        form.add_error(None, _("Too many reports from here in the last hour. Try again later."))
        status = 429
    elif form.is_valid():
        ErrorReport.objects.create(
            page=page, kind=form.cleaned_data["kind"], message=form.cleaned_data["message"]
        )
        ErrorReport.purge_old()
        return HttpResponseRedirect(thanks)
    context = page.get_context(request, report_form=form)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def qr_svg(url, title):
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=4, border=2, omitsize=True, svgclass="qr-code", title=title)
    return mark_safe(svg)  # noqa: S308 - segno's own SVG output, the URL is ours


def json_ld(page, request):
    type_slug = page.organisation_type.slug if page.organisation_type else ""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(type_slug, "Organization"),
        "name": page.title,
        "url": page.get_full_url(request),
    }
    if page.summary or page.description:
        data["description"] = page.summary or page.description
    if page.adresse or page.commune:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(p for p in [page.adresse, page.complement_adresse] if p),
            "postalCode": page.code_postal,
            "addressLocality": page.commune,
            "addressCountry": "FR",
        }
    if page.has_position:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": page.latitude,
            "longitude": page.longitude,
        }
    if page.contact_public:
        if page.telephone:
            data["telephone"] = page.telephone
        if page.courriel:
            data["email"] = page.courriel
    if page.site_web:
        data["sameAs"] = page.site_web
    parsed = hours.parse_osm(page.horaires_accueil or "")
    if page.horaires_accueil and parsed is not None:
        data["openingHours"] = [
            rule.strip() for rule in page.horaires_accueil.split(";") if "PH" not in rule
        ]
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def back_url(page, request):
    """The directory search the visitor came from (same site), to go back with filters."""
    referer = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer)
    directory_path = page.get_parent().get_url(request) or ""
    if parts.netloc == request.get_host() and parts.path == directory_path:
        return f"{parts.path}?{parts.query}" if parts.query else parts.path
    return directory_path


def organisation_context(page, request, report_form=None):
    now = hours.now_paris()
    today = now.date()
    notices = list(page.notices.all())
    active = [n for n in notices if n.is_active(today)]
    upcoming = [
        n for n in notices if today < n.starts_on <= today + timedelta(days=30) and n.message
    ]
    effective = hours.effective_osm(page.horaires_accueil, active)
    services = list(page.services.all())
    return {
        "status": hours.status(effective, now),
        "week": hours.week_table(effective, today),
        "active_notices": active,
        "upcoming_notices": upcoming,
        "services": services,
        "has_free_service": any(s.is_free for s in services),
        "qr_code": qr_svg(page.get_full_url(request), _("QR code: address of this page")),
        "json_ld": json_ld(page, request),
        "back_url": back_url(page, request),
        "report_form": report_form or ErrorReportForm(),
        "report_sent": request.GET.get(THANKS_PARAM) == "merci",
        "today": today,
    }
