"""Directory of local associations and public facilities.

Field names are English. They cover the data·inclusion schema v1 (the page title is its
``nom``, ``address`` its ``adresse``, ``opening_hours`` its ``horaires_accueil``…): the
correspondence lives in one place, ``directory.datainclusion``, used by the JSON-LD, the
exports and the imports. The vocabularies (thématiques, publics, frais, modes d'accueil,
types de service) come from the ``data-inclusion-schema`` package (``directory.vocabulary``).

This module imports the presenter, the search and the error reports, never the reverse:
they receive the pages they work on.
"""

from datetime import timedelta

from data_inclusion.schema.v1 import Frais, Public
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import BasePage, IndexPage, RelatedContentMixin
from portal.models.pages import BasePageForm
from portal.text import fold

from . import hours, presenter, reports
from .fields import ChoiceListField, OpeningHoursField
from .geo import city_key
from .search import DirectorySearch
from .vocabulary import (
    AUDIENCE_CHOICES,
    FEES_CHOICES,
    LANGUAGE_CHOICES,
    LANGUAGE_LABELS,
    RECEPTION_MODE_CHOICES,
    SERVICE_TYPE_CHOICES,
    theme_choices,
)

postcode_validator = RegexValidator(r"^\d{5}$", _("Five digits, for example 54000."))
insee_validator = RegexValidator(r"^\w{5}$", _("Five characters, for example 54395."))
siret_validator = RegexValidator(r"^\d{14}$", _("Fourteen digits, without spaces."))
rna_validator = RegexValidator(r"^W\d{9}$", _("A W followed by nine digits, e.g. W543001234."))
phone_validator = RegexValidator(
    r"^\+?[0-9 .()-]{4,20}$", _("Digits, spaces and « + » only, for example 03 83 00 00 00.")
)


# --- Directory page -------------------------------------------------------------------


class DirectoryPage(IndexPage):
    """/annuaire/: one per language; search, filters, map and the list of entries."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.OrganisationPage"]
    max_count_per_parent = 1
    per_page = 20

    class Meta:
        verbose_name = _("directory")

    def entries(self):
        """Live, public entries of this directory (one language)."""
        return OrganisationPage.objects.child_of(self).live().public()

    # Queries the search needs on the entries' children (it does not import the models).

    def with_free_service(self, entries):
        """``entries`` restricted to those offering at least one free service."""
        free = Service.objects.filter(page_id=OuterRef("pk"), fees=Frais.GRATUIT.value)
        return entries.filter(Exists(free))

    def active_notices_by_page(self, today):
        """{page id: [notices active on ``today``]} for the whole directory."""
        active = TemporaryNotice.objects.filter(starts_on__lte=today).filter(
            Q(ends_on__gte=today) | Q(ends_on__isnull=True, starts_on=today)
        )
        by_page = {}
        for notice in active:
            by_page.setdefault(notice.page_id, []).append(notice)
        return by_page

    def entries_by_id(self, ids):
        """{page id: entry} for the given ids, ready to be listed (type and notices read)."""
        pages = (
            OrganisationPage.objects.filter(pk__in=ids)
            .select_related("organisation_type")
            .prefetch_related("notices")
        )
        return {p.pk: p for p in pages}

    def get_listing(self, request):
        return {"search": DirectorySearch(self, request).run()}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map_tiles_url"] = settings.MAP_TILES_URL
        context["map_tiles_attribution"] = settings.MAP_TILES_ATTRIBUTION
        context["map_tiles_attribution_url"] = settings.MAP_TILES_ATTRIBUTION_URL
        return context


# --- Organisation page ----------------------------------------------------------------


class OrganisationPageForm(BasePageForm):
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Languages in which people can be welcomed here."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.languages and "languages" not in self.data:
            self.initial["languages"] = self.instance.language_codes
        if "organisation_type" in self.fields and self._page_locale() is not None:
            self.fields["organisation_type"].queryset = self.fields[
                "organisation_type"
            ].queryset.filter(locale=self._page_locale())

    def clean_languages(self):
        return ",".join(self.cleaned_data.get("languages") or [])


class OrganisationPage(RelatedContentMixin, BasePage):
    """A directory entry (« fiche »): an association, a public place, a mobile service."""

    parent_page_types = ["directory.DirectoryPage"]
    subpage_types = []

    organisation_type = models.ForeignKey(
        "portal.OrganisationType",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("type of organisation"),
        help_text=_("Association, town hall, library, community centre…"),
    )
    description = models.TextField(
        _("what they do"),
        blank=True,
        max_length=10000,
        help_text=_(
            "In a few short sentences, what a visitor can find or do here. Write for the "
            "person who comes, not for partners."
        ),
    )

    # Address (data·inclusion names)
    address = models.CharField(
        _("street address"),
        max_length=255,
        blank=True,
        help_text=_(
            "Number and street where the public is welcomed, e.g. « 12 rue de la Paix ». "
            "Never an association's private management address."
        ),
    )
    address_extra = models.CharField(
        _("address details"),
        max_length=255,
        blank=True,
        help_text=_("Building, floor, entrance… Optional."),
    )
    postcode = models.CharField(
        _("postcode"), max_length=5, blank=True, validators=[postcode_validator], db_index=True
    )
    insee_code = models.CharField(
        _("INSEE commune code"),
        max_length=5,
        blank=True,
        validators=[insee_validator],
        help_text=_("Optional: the official five-character code of the commune."),
    )
    city = models.CharField(
        _("commune"), max_length=120, blank=True, help_text=_("Town or city, e.g. « Nancy ».")
    )
    city_key = models.CharField(max_length=120, blank=True, editable=False, db_index=True)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        help_text=_(
            "Position on the map, e.g. 48.6921. On openstreetmap.org, right-click the place "
            "and choose « Show address »: the two numbers are latitude then longitude."
        ),
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, help_text=_("Second number, e.g. 6.1844.")
    )

    # Contact
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_public = models.BooleanField(
        _("the organisation agreed to show its phone and e-mail"),
        default=False,
        help_text=_(
            "Tick only when the organisation said yes. A volunteer's own phone is personal "
            "data: without this box, phone and e-mail stay hidden from visitors."
        ),
    )

    # Hours
    opening_hours = OpeningHoursField(
        _("usual opening hours"),
        help_text=_("Fill in the hours when the public is welcomed. Leave empty if unknown."),
    )
    hours_comment = models.CharField(
        _("comment on the hours"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Sur rendez-vous le mercredi » or « Fermé en août »."),
    )

    # Accessibility and languages
    step_free_access = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("Tick only when someone in a wheelchair can enter without help."),
    )
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        blank=True,
        help_text=_(
            "What helps: lift, hearing loop, quiet room, easy-read documents, accessible toilets…"
        ),
    )
    acceslibre_url = models.URLField(
        _("Acceslibre page"),
        blank=True,
        help_text=_("Link to the place's page on acceslibre.beta.gouv.fr, if there is one."),
    )
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("Comma-separated codes.")
    )

    # Identity and source
    siret = models.CharField(_("SIRET"), max_length=14, blank=True, validators=[siret_validator])
    rna = models.CharField(
        _("RNA number"),
        max_length=10,
        blank=True,
        validators=[rna_validator],
        help_text=_("Number of an association in the national register, e.g. W543001234."),
    )
    source = models.CharField(
        _("source"),
        max_length=100,
        blank=True,
        help_text=_("Where the information comes from: « saisie locale », « dora »…"),
    )
    source_id = models.CharField(
        _("identifier at the source"), max_length=150, blank=True, db_index=True
    )
    source_url = models.URLField(_("link to the source"), blank=True)
    licence = models.CharField(
        _("licence"), max_length=100, blank=True, help_text=_("E.g. « Licence Ouverte 2.0 ».")
    )
    verified_on = models.DateField(
        _("verified on"),
        null=True,
        blank=True,
        help_text=_(
            "The day someone checked these details with the organisation (by phone, on "
            "site…). Not the same as the day the page was last edited."
        ),
    )
    review_every_months = models.PositiveSmallIntegerField(
        _("check again every (months)"),
        default=12,
        help_text=_("After this many months without a check, the entry is listed as stale."),
    )
    review_due = models.DateField(null=True, blank=True, editable=False, db_index=True)
    is_demo = models.BooleanField(
        _("demo entry"),
        default=False,
        help_text=_("Made-up example shown with a « demo » label. Untick for real entries."),
    )
    search_text = models.TextField(blank=True, editable=False)

    base_form_class = OrganisationPageForm
    template = "directory/organisation_page.html"

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("city"),
        index.AutocompleteField("city"),
        index.SearchField("postcode"),
        index.FilterField("city_key"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation_type"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_extra"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("insee_code"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and position"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("contact_public"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("opening_hours"), FieldPanel("hours_comment")],
            heading=_("Opening hours"),
        ),
        InlinePanel(
            "notices",
            label=_("Temporary notice"),
            heading=_("Temporary notices (closure, holiday hours, message)"),
        ),
        InlinePanel("services", label=_("Service"), heading=_("Services")),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("accessibility_notes"),
                FieldPanel("acceslibre_url"),
                FieldPanel("languages"),
            ],
            heading=_("Accessibility and languages"),
        ),
        BasePage.taxonomy_panel,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("verified_on"), FieldPanel("review_every_months")]),
                FieldRowPanel([FieldPanel("siret"), FieldPanel("rna")]),
                FieldRowPanel([FieldPanel("source"), FieldPanel("source_id")]),
                FieldPanel("source_url"),
                FieldPanel("licence"),
                FieldPanel("is_demo"),
            ],
            heading=_("Checks and source"),
        ),
        RelatedContentMixin.related_panel,
    ]

    class Meta:
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        indexes = [models.Index(fields=["latitude", "longitude"], name="directory_org_latlng")]

    # -- Saving --

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        if self.latitude is not None and not (
            -90 <= self.latitude <= 90 and -180 <= self.longitude <= 180
        ):
            raise ValidationError({"latitude": _("This position is not on Earth.")})
        if self.opening_hours and not hours.is_valid(self.opening_hours):
            raise ValidationError({"opening_hours": _("These opening hours cannot be read.")})

    def save(self, *args, **kwargs):
        self.city_key = city_key(self.city)
        self.review_due = (
            self.verified_on + timedelta(days=round(30.44 * self.review_every_months))
            if self.verified_on
            else None
        )
        self.search_text = self.build_search_text()
        return super().save(*args, **kwargs)

    def build_search_text(self):
        parts = [self.title, self.summary, self.description, self.city, self.postcode]
        if self.organisation_type_id:
            parts.append(self.organisation_type.name)
        if self.pk or hasattr(self, "_cluster_related_objects"):
            parts += [t.name for t in self.themes.all()]
            parts += [f"{s.name} {s.description}" for s in self.services.all()]
        return fold(" ".join(p for p in parts if p))[:20000]

    # -- Reading --

    @property
    def language_codes(self):
        return [c for c in self.languages.split(",") if c]

    @property
    def language_labels(self):
        return [str(LANGUAGE_LABELS.get(c, c)) for c in self.language_codes]

    def active_notices(self, today=None):
        today = today or hours.now_paris().date()
        return [n for n in self.notices.all() if n.is_active(today)]

    def effective_hours(self, today=None):
        return hours.effective_osm(self.opening_hours, self.active_notices(today))

    def opening_status(self, now=None):
        now = now or hours.now_paris()
        return hours.status(self.effective_hours(now.date()), now)

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def is_stale(self):
        return self.review_due is None or self.review_due < timezone.localdate()

    @property
    def directions_url(self):
        if self.has_position:
            return (
                "https://www.openstreetmap.org/directions?to="
                f"{self.latitude:.5f}%2C{self.longitude:.5f}#map=17/"
                f"{self.latitude:.5f}/{self.longitude:.5f}"
            )
        return ""

    @property
    def full_address(self):
        line2 = " ".join(p for p in [self.postcode, self.city] if p)
        return ", ".join(p for p in [self.address, self.address_extra, line2] if p)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(presenter.organisation_context(self, request, kwargs.get("report_form")))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return reports.handle_report(self, request)
        return super().serve(request, *args, **kwargs)


class Service(Orderable):
    """What the organisation offers (data·inclusion « service »)."""

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=150, help_text=_("E.g. « Café-échanges »."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("Two or three short sentences.")
    )
    service_type = models.CharField(
        _("type of service"), max_length=30, blank=True, choices=SERVICE_TYPE_CHOICES
    )
    themes = ChoiceListField(
        _("themes (data·inclusion)"),
        choice_list=theme_choices,
        help_text=_("Optional: the national themes, used to share data with data·inclusion."),
    )
    audiences = ChoiceListField(
        _("who it is for"),
        choice_list=AUDIENCE_CHOICES,
        help_text=_("Tick « Tous publics » alone when everyone is welcome."),
    )
    fees = models.CharField(_("fees"), max_length=20, blank=True, choices=FEES_CHOICES)
    fees_details = models.CharField(
        _("details on fees"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Adhésion 5 € par an »."),
    )
    reception_modes = ChoiceListField(
        _("on site or remote"),
        choice_list=RECEPTION_MODE_CHOICES,
    )
    access_conditions = models.CharField(
        _("conditions"),
        max_length=255,
        blank=True,
        help_text=_("What is needed, if anything: an appointment, a document…"),
    )
    how_to_access = models.CharField(
        _("how to access"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Venir sans rendez-vous » or « Appeler la veille »."),
    )
    opening_hours = OpeningHoursField(
        _("own hours"),
        help_text=_("Only when the service has other hours than the place."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("service_type"),
        FieldPanel("audiences"),
        FieldRowPanel([FieldPanel("fees"), FieldPanel("fees_details")]),
        FieldPanel("reception_modes"),
        FieldPanel("access_conditions"),
        FieldPanel("how_to_access"),
        FieldPanel("opening_hours"),
        FieldPanel("themes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if Public.TOUS_PUBLICS.value in self.audiences and len(self.audiences) > 1:
            raise ValidationError({"audiences": _("« Tous publics » cannot be combined.")})

    @property
    def audience_labels(self):
        labels = dict(AUDIENCE_CHOICES)
        return [labels.get(code, code) for code in self.audiences]

    @property
    def reception_mode_labels(self):
        labels = dict(RECEPTION_MODE_CHOICES)
        return [labels.get(code, code) for code in self.reception_modes]

    @property
    def is_free(self):
        return self.fees == Frais.GRATUIT.value

    def hours_rows(self):
        return hours.week_table(self.opening_hours)


class TemporaryNotice(Orderable):
    """A closure, exceptional hours or a message, shown between two dates; while it is
    active it overrides the usual hours."""

    class Kind(models.TextChoices):
        CLOSURE = "closure", _("Closed")
        HOURS = "hours", _("Exceptional hours")
        MESSAGE = "message", _("Message only")

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CLOSURE)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(
        _("until (included)"), null=True, blank=True, help_text=_("Leave empty for one day.")
    )
    message = models.CharField(
        _("message"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Fermé pour travaux, permanence à la mairie annexe »."),
    )
    opening_hours = OpeningHoursField(
        _("hours during this period"),
        help_text=_("Only for « Exceptional hours »: the hours that apply on these days."),
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("message"),
        FieldPanel("opening_hours"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("temporary notice")
        verbose_name_plural = _("temporary notices")

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end comes before the start.")})
        if self.kind == self.Kind.HOURS and not self.opening_hours:
            raise ValidationError({"opening_hours": _("Give the hours for this period.")})

    def is_active(self, today):
        return self.starts_on <= today <= (self.ends_on or self.starts_on)

    def as_osm_rule(self):
        if self.kind == self.Kind.CLOSURE:
            return hours.dated_rule(self.starts_on, self.ends_on, "off")
        if self.kind == self.Kind.HOURS and self.opening_hours:
            # Closed for the whole period, then the period's own hours day by day (a later
            # OSM rule replaces an earlier one on the days it names).
            closed = hours.dated_rule(self.starts_on, self.ends_on, "off")
            period = closed.removesuffix(" off")
            rules = [
                f"{period} {rule.strip()}"
                for rule in self.opening_hours.split(";")
                if rule.strip() and not rule.strip().startswith("PH")
            ]
            return "; ".join([closed, *rules])
        return ""


# --- Error reports --------------------------------------------------------------------


class ErrorReport(models.Model):
    """« Signaler une erreur »: what a visitor says is wrong on a fiche. No personal data is
    asked; the form, the rate limit and the retention rule are in ``directory.reports``."""

    Kind = reports.ReportKind
    State = reports.ReportState

    page = models.ForeignKey(
        OrganisationPage,
        on_delete=models.CASCADE,
        related_name="error_reports",
        verbose_name=_("directory entry"),
    )
    kind = models.CharField(_("what is wrong"), max_length=10, choices=Kind.choices)
    message = models.TextField(_("details"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("received on"), default=timezone.now, db_index=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.NEW)
    editor_note = models.TextField(
        _("editor's note"), blank=True, help_text=_("What was checked or changed.")
    )

    panels = [FieldPanel("state"), FieldPanel("editor_note")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("error report")
        verbose_name_plural = _("error reports")

    def __str__(self):
        return f"{self.page.title} — {self.get_kind_display()}"
