"""What the fiche (an organisation's page) shows beyond its fields: opening status and
week table, notices, services, the QR code, the JSON-LD and the way back to the search.

Addresses that leave the screen (QR code, JSON-LD) are absolute and come from
``portal.absolute``: the configured public address or the request's host, never the
placeholder hostname of the Wagtail ``Site``. The data·inclusion names of the JSON-LD
come from ``directory.datainclusion``. This module does not import the models: it works
on the page it is given.
"""

import json
from datetime import timedelta
from urllib.parse import urlsplit

import segno
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal.absolute import absolute_url

from . import datainclusion, hours, reports

# Our organisation types that schema.org names more precisely than « Organization ».
SCHEMA_TYPES = {
    "mediatheque": "Library",
    "bibliotheque": "Library",
    "mairie": "CityHall",
    "ccas": "GovernmentOffice",
    "france-services": "GovernmentOffice",
}


def qr_svg(url, title):
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=4, border=2, omitsize=True, svgclass="qr-code", title=title)
    return mark_safe(svg)  # noqa: S308 - segno's own SVG output, the URL is ours


def json_ld_data(page, request):
    """The schema.org description of the entry, built from its data·inclusion record."""
    record = datainclusion.structure_record(page)
    type_slug = page.organisation_type.slug if page.organisation_type else ""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(type_slug, "Organization"),
        "name": record["nom"],
        "url": absolute_url(page, request),
    }
    if page.summary or record["description"]:
        data["description"] = page.summary or record["description"]
    if record["adresse"] or record["commune"]:
        street = [record["adresse"], record["complement_adresse"]]
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(p for p in street if p),
            "postalCode": record["code_postal"] or "",
            "addressLocality": record["commune"] or "",
            "addressCountry": "FR",
        }
    if record["latitude"] is not None and record["longitude"] is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": record["latitude"],
            "longitude": record["longitude"],
        }
    if page.contact_public:  # a volunteer's phone is shown only with the organisation's yes
        if record["telephone"]:
            data["telephone"] = record["telephone"]
        if record["courriel"]:
            data["email"] = record["courriel"]
    if record["site_web"]:
        data["sameAs"] = record["site_web"]
    opening = record["horaires_accueil"] or ""
    if opening and hours.parse_osm(opening) is not None:
        data["openingHours"] = [rule.strip() for rule in opening.split(";") if "PH" not in rule]
    return data


def json_ld(page, request):
    text = json.dumps(json_ld_data(page, request), ensure_ascii=False)
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
    effective = hours.effective_osm(page.opening_hours, active)
    services = list(page.services.all())
    return {
        "status": hours.status(effective, now),
        "week": hours.week_table(effective, today),
        "active_notices": active,
        "upcoming_notices": upcoming,
        "services": services,
        "has_free_service": any(s.is_free for s in services),
        "qr_code": qr_svg(absolute_url(page, request), _("QR code: address of this page")),
        "json_ld": json_ld(page, request),
        "back_url": back_url(page, request),
        "report_form": report_form or reports.ErrorReportForm(),
        "report_sent": reports.report_sent(request),
        "today": today,
    }
