"""Directory of local associations and public facilities.

Field names follow the data·inclusion schema v1 (``nom`` is the page title, then
``description``, ``adresse``, ``code_postal``, ``commune``, ``latitude``, ``telephone``,
``horaires_accueil``…) and its vocabularies (thématiques, publics, frais, modes
d'accueil, types de service) are imported from the ``data-inclusion-schema`` package.
"""

from datetime import timedelta

from data_inclusion.schema.v1 import Categorie, Frais, ModeAccueil, Public, Thematique, TypeService
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import BasePage, IndexPage, RelatedContentMixin
from portal.models.pages import BasePageForm

from . import hours
from .fields import ChoiceListField, OpeningHoursField
from .geo import commune_key, fold

# --- Vocabularies ---------------------------------------------------------------------


def _choices(enum):
    return [(item.value, item.label) for item in enum]


def thematique_choices():
    """data·inclusion thématiques grouped by their catégorie (« famille--garde-denfants »)."""
    labels = {c.value: c.label for c in Categorie}
    groups = {}
    for item in Thematique:
        groups.setdefault(labels.get(item.value.split("--")[0], ""), []).append(
            (item.value, item.label)
        )
    return list(groups.items())


PUBLIC_CHOICES = _choices(Public)
MODE_ACCUEIL_CHOICES = _choices(ModeAccueil)
FRAIS_CHOICES = _choices(Frais)
TYPE_SERVICE_CHOICES = _choices(TypeService)

# Languages visitors can be welcomed in (ISO 639 codes; « fsl » is French Sign Language).
LANGUAGE_CHOICES = [
    ("fr", _("French")),
    ("fsl", _("French Sign Language")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("it", _("Italian")),
    ("de", _("German")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("tr", _("Turkish")),
    ("fa", _("Persian")),
    ("ps", _("Pashto")),
    ("ber", _("Berber languages")),
    ("wo", _("Wolof")),
    ("bm", _("Bambara")),
    ("zh", _("Chinese")),
    ("vi", _("Vietnamese")),
    ("ta", _("Tamil")),
]
LANGUAGE_LABELS = dict(LANGUAGE_CHOICES)

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

    def get_listing(self, request):
        from .search import DirectorySearch

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
    adresse = models.CharField(
        _("street address"),
        max_length=255,
        blank=True,
        help_text=_(
            "Number and street where the public is welcomed, e.g. « 12 rue de la Paix ». "
            "Never an association's private management address."
        ),
    )
    complement_adresse = models.CharField(
        _("address details"),
        max_length=255,
        blank=True,
        help_text=_("Building, floor, entrance… Optional."),
    )
    code_postal = models.CharField(
        _("postcode"), max_length=5, blank=True, validators=[postcode_validator], db_index=True
    )
    code_insee = models.CharField(
        _("INSEE commune code"),
        max_length=5,
        blank=True,
        validators=[insee_validator],
        help_text=_("Optional: the official five-character code of the commune."),
    )
    commune = models.CharField(
        _("commune"), max_length=120, blank=True, help_text=_("Town or city, e.g. « Nancy ».")
    )
    commune_key = models.CharField(max_length=120, blank=True, editable=False, db_index=True)
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
    telephone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[phone_validator]
    )
    courriel = models.EmailField(_("e-mail"), blank=True)
    site_web = models.URLField(_("website"), blank=True)
    contact_public = models.BooleanField(
        _("the organisation agreed to show its phone and e-mail"),
        default=False,
        help_text=_(
            "Tick only when the organisation said yes. A volunteer's own phone is personal "
            "data: without this box, phone and e-mail stay hidden from visitors."
        ),
    )

    # Hours
    horaires_accueil = OpeningHoursField(
        _("usual opening hours"),
        help_text=_("Fill in the hours when the public is welcomed. Leave empty if unknown."),
    )
    horaires_commentaire = models.CharField(
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
    accessibilite_lieu = models.URLField(
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
    lien_source = models.URLField(_("link to the source"), blank=True)
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
        index.SearchField("commune"),
        index.AutocompleteField("commune"),
        index.SearchField("code_postal"),
        index.FilterField("commune_key"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation_type"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("adresse"),
                FieldPanel("complement_adresse"),
                FieldRowPanel([FieldPanel("code_postal"), FieldPanel("commune")]),
                FieldPanel("code_insee"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and position"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("telephone"),
                FieldPanel("courriel"),
                FieldPanel("site_web"),
                FieldPanel("contact_public"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("horaires_accueil"), FieldPanel("horaires_commentaire")],
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
                FieldPanel("accessibilite_lieu"),
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
                FieldPanel("lien_source"),
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
        if self.horaires_accueil and not hours.is_valid(self.horaires_accueil):
            raise ValidationError({"horaires_accueil": _("These opening hours cannot be read.")})

    def save(self, *args, **kwargs):
        self.commune_key = commune_key(self.commune)
        self.review_due = (
            self.verified_on + timedelta(days=round(30.44 * self.review_every_months))
            if self.verified_on
            else None
        )
        self.search_text = self.build_search_text()
        return super().save(*args, **kwargs)

    def build_search_text(self):
        parts = [self.title, self.summary, self.description, self.commune, self.code_postal]
        if self.organisation_type_id:
            parts.append(self.organisation_type.name)
        if self.pk or hasattr(self, "_cluster_related_objects"):
            parts += [t.name for t in self.themes.all()]
            parts += [f"{s.nom} {s.description}" for s in self.services.all()]
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
        return hours.effective_osm(self.horaires_accueil, self.active_notices(today))

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
        line2 = " ".join(p for p in [self.code_postal, self.commune] if p)
        return ", ".join(p for p in [self.adresse, self.complement_adresse, line2] if p)

    def get_context(self, request, *args, **kwargs):
        from .views import organisation_context

        context = super().get_context(request, *args, **kwargs)
        context.update(organisation_context(self, request, kwargs.get("report_form")))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import handle_report

            return handle_report(self, request)
        return super().serve(request, *args, **kwargs)


class Service(Orderable):
    """What the organisation offers (data·inclusion « service »)."""

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="services")
    nom = models.CharField(_("name"), max_length=150, help_text=_("E.g. « Café-échanges »."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("Two or three short sentences.")
    )
    type = models.CharField(
        _("type of service"), max_length=30, blank=True, choices=TYPE_SERVICE_CHOICES
    )
    thematiques = ChoiceListField(
        _("themes (data·inclusion)"),
        choice_list=thematique_choices,
        help_text=_("Optional: the national themes, used to share data with data·inclusion."),
    )
    publics = ChoiceListField(
        _("who it is for"),
        choice_list=PUBLIC_CHOICES,
        help_text=_("Tick « Tous publics » alone when everyone is welcome."),
    )
    frais = models.CharField(_("fees"), max_length=20, blank=True, choices=FRAIS_CHOICES)
    frais_precisions = models.CharField(
        _("details on fees"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Adhésion 5 € par an »."),
    )
    modes_accueil = ChoiceListField(
        _("on site or remote"),
        choice_list=MODE_ACCUEIL_CHOICES,
    )
    conditions_acces = models.CharField(
        _("conditions"),
        max_length=255,
        blank=True,
        help_text=_("What is needed, if anything: an appointment, a document…"),
    )
    mobilisation_precisions = models.CharField(
        _("how to access"),
        max_length=255,
        blank=True,
        help_text=_("E.g. « Venir sans rendez-vous » or « Appeler la veille »."),
    )
    horaires_accueil = OpeningHoursField(
        _("own hours"),
        help_text=_("Only when the service has other hours than the place."),
    )

    panels = [
        FieldPanel("nom"),
        FieldPanel("description"),
        FieldPanel("type"),
        FieldPanel("publics"),
        FieldRowPanel([FieldPanel("frais"), FieldPanel("frais_precisions")]),
        FieldPanel("modes_accueil"),
        FieldPanel("conditions_acces"),
        FieldPanel("mobilisation_precisions"),
        FieldPanel("horaires_accueil"),
        FieldPanel("thematiques"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.nom

    def clean(self):
        super().clean()
        if Public.TOUS_PUBLICS.value in self.publics and len(self.publics) > 1:
            raise ValidationError({"publics": _("« Tous publics » cannot be combined.")})

    @property
    def publics_labels(self):
        labels = dict(PUBLIC_CHOICES)
        return [labels.get(code, code) for code in self.publics]

    @property
    def modes_labels(self):
        labels = dict(MODE_ACCUEIL_CHOICES)
        return [labels.get(code, code) for code in self.modes_accueil]

    @property
    def is_free(self):
        return self.frais == Frais.GRATUIT.value

    def hours_rows(self):
        return hours.week_table(self.horaires_accueil)


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
    horaires_accueil = OpeningHoursField(
        _("hours during this period"),
        help_text=_("Only for « Exceptional hours »: the hours that apply on these days."),
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("message"),
        FieldPanel("horaires_accueil"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("temporary notice")
        verbose_name_plural = _("temporary notices")

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end comes before the start.")})
        if self.kind == self.Kind.HOURS and not self.horaires_accueil:
            raise ValidationError({"horaires_accueil": _("Give the hours for this period.")})

    def is_active(self, today):
        return self.starts_on <= today <= (self.ends_on or self.starts_on)

    def as_osm_rule(self):
        if self.kind == self.Kind.CLOSURE:
            return hours.dated_rule(self.starts_on, self.ends_on, "off")
        if self.kind == self.Kind.HOURS and self.horaires_accueil:
            # Closed for the whole period, then the period's own hours day by day (a later
            # OSM rule replaces an earlier one on the days it names).
            closed = hours.dated_rule(self.starts_on, self.ends_on, "off")
            period = closed.removesuffix(" off")
            rules = [
                f"{period} {rule.strip()}"
                for rule in self.horaires_accueil.split(";")
                if rule.strip() and not rule.strip().startswith("PH")
            ]
            return "; ".join([closed, *rules])
        return ""


# --- Error reports --------------------------------------------------------------------


class ErrorReport(models.Model):
    """« Signaler une erreur »: what a visitor says is wrong on a fiche. No personal data is
    asked; handled reports are deleted after ``RETENTION_DAYS``."""

    RETENTION_DAYS = 365

    class Kind(models.TextChoices):
        HOURS = "hours", _("The opening hours are wrong")
        ADDRESS = "address", _("The address or the map is wrong")
        CONTACT = "contact", _("The phone, e-mail or website is wrong")
        CLOSED = "closed", _("This place has closed for good")
        OTHER = "other", _("Something else")

    class State(models.TextChoices):
        NEW = "new", _("To check")
        DONE = "done", _("Handled")
        REJECTED = "rejected", _("Not an error")

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

    @classmethod
    def purge_old(cls):
        limit = timezone.now() - timedelta(days=cls.RETENTION_DAYS)
        return cls.objects.filter(created_at__lt=limit).exclude(state=cls.State.NEW).delete()
