from .formats import ActionFormatIndexPage
from .guides import GuideIndexPage, InitiativeIndexPage

__all__ = ["ActionFormatIndexPage", "GuideIndexPage", "InitiativeIndexPage"]
