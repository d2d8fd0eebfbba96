from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal import emergency
from portal.models import EmergencyNumber


@receiver(post_save, sender=EmergencyNumber)
@receiver(post_delete, sender=EmergencyNumber)
def clear_emergency_cache(**kwargs):
    emergency.clear_cache()


def bump_navigation(**kwargs):
    from portal import navigation

    navigation.bump_version()


def _connect_navigation_signals():
    from wagtail.models import Page
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
    )

    from home.models import SiteSettings

    page_published.connect(bump_navigation, dispatch_uid="portal-nav-published")
    page_unpublished.connect(bump_navigation, dispatch_uid="portal-nav-unpublished")
    page_slug_changed.connect(bump_navigation, dispatch_uid="portal-nav-slug")
    post_page_move.connect(bump_navigation, dispatch_uid="portal-nav-moved")
    post_delete.connect(bump_navigation, sender=Page, dispatch_uid="portal-nav-deleted")
    post_save.connect(bump_navigation, sender=SiteSettings, dispatch_uid="portal-nav-settings")


_connect_navigation_signals()
