from .formats import ActionFormatIndexPage
from .guides import GuideIndexPage, GuidePage, InitiativeIndexPage, InitiativePage

__all__ = [
    "ActionFormatIndexPage",
    "GuideIndexPage",
    "GuidePage",
    "InitiativeIndexPage",
    "InitiativePage",
]
