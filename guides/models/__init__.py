from guides.formats.models import ActionFormatIndexPage, ActionFormatPage

from .guides import GuideIndexPage, GuidePage, InitiativeIndexPage, InitiativePage

__all__ = [
    "ActionFormatIndexPage",
    "ActionFormatPage",
    "GuideIndexPage",
    "GuidePage",
    "InitiativeIndexPage",
    "InitiativePage",
]
