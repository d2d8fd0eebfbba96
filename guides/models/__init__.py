from .formats import ActionFormatIndexPage, ActionFormatPage
from .guides import GuideIndexPage, InitiativeIndexPage

__all__ = ["ActionFormatIndexPage", "ActionFormatPage", "GuideIndexPage", "InitiativeIndexPage"]
