"""URLs for the server-error test: the portal's URLs plus one view that fails."""

from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def broken_view(request):
    message = "deliberate failure for the 500 page test"
    raise RuntimeError(message)


urlpatterns = [path("casse/", broken_view), *portal_urlpatterns]
