"""The portal's image model: alternative text is asked for at upload, not later.

Wagtail's own ``description`` field stays (context, credit, licence for editors); the
alternative text read by screen readers is a separate, required field.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_(
            "Say in one short sentence what the picture shows, for people who cannot "
            "see it. Example: « Deux personnes discutent autour d'un café. »"
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "alt_text",
        "description",
        *(f for f in Image.admin_form_fields if f not in {"title", "file", "description"}),
    )

    @property
    def default_alt_text(self):
        return self.alt_text or super().default_alt_text

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
