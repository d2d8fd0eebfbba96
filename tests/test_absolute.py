"""Absolute addresses come from PUBLIC_BASE_URL or the request's host, never the Site record."""

from django.test import RequestFactory, override_settings

from portal.absolute import absolute_url, public_base_url


@override_settings(ALLOWED_HOSTS=["portail.example.org"])
def test_request_host_is_used_when_no_public_base_url():
    request = RequestFactory().get("/annuaire/", HTTP_HOST="portail.example.org")
    assert public_base_url(request) == "http://portail.example.org"
    assert absolute_url("/annuaire/x/", request) == "http://portail.example.org/annuaire/x/"


@override_settings(PUBLIC_BASE_URL="https://lien.example.org/")
def test_configured_public_base_url_wins_over_the_request():
    request = RequestFactory().get("/", HTTP_HOST="internal:8000")
    assert absolute_url("/guides/", request) == "https://lien.example.org/guides/"


def test_absolute_addresses_pass_through():
    assert absolute_url("https://ailleurs.example.org/a") == "https://ailleurs.example.org/a"
