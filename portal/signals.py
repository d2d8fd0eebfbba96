"""Cache invalidation: emergency numbers, and the navigation cache of the page chrome.

Connected when the app is ready (``PortalConfig.ready`` imports this module), so the
models can be imported at the top.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal import emergency, navigation
from portal.models import EmergencyNumber, SiteSettings


@receiver(post_save, sender=EmergencyNumber)
@receiver(post_delete, sender=EmergencyNumber)
def clear_emergency_cache(**kwargs):
    emergency.clear_cache()


def bump_navigation(**kwargs):
    navigation.bump_version()


page_published.connect(bump_navigation, dispatch_uid="portal-nav-published")
page_unpublished.connect(bump_navigation, dispatch_uid="portal-nav-unpublished")
page_slug_changed.connect(bump_navigation, dispatch_uid="portal-nav-slug")
post_page_move.connect(bump_navigation, dispatch_uid="portal-nav-moved")
post_delete.connect(bump_navigation, sender=Page, dispatch_uid="portal-nav-deleted")
post_save.connect(bump_navigation, sender=SiteSettings, dispatch_uid="portal-nav-settings")
