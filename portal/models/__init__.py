from .emergency import EmergencyNumber
from .images import CustomImage, CustomRendition
from .pages import BasePage, IndexPage, RelatedContentMixin
from .settings import SiteSettings
from .taxonomy import Audience, FormatCategory, OrganisationType, PlaceKind, Theme

__all__ = [
    "Audience",
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "EmergencyNumber",
    "FormatCategory",
    "IndexPage",
    "OrganisationType",
    "PlaceKind",
    "RelatedContentMixin",
    "SiteSettings",
    "Theme",
]
