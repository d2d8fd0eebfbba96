"""Feature apps import ``portal``, never one another (BRIEF §12): a page type of another
app is named by its model label (``"directory.DirectoryPage"``) in settings or in a page
chooser, and resolved by Django's app registry."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.test_portal_boundary import feature_apps, violations

ROOT = Path(settings.BASE_DIR)


def modules_of(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


@pytest.mark.parametrize("app", sorted(feature_apps()))
def test_a_feature_app_imports_no_other_feature_app(app):
    others = feature_apps() - {app}
    found = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in modules_of(app)
        for line, what in violations(path.read_text(encoding="utf-8"), others, str(path))
    ]
    assert found == []


def test_the_check_sees_an_import_of_another_app():
    source = "def f():\n    from directory.models import DirectoryPage\n"
    assert violations(source, {"directory"}) == [(2, "from directory.models import …")]


def test_help_page_types_name_real_page_models():
    from django.apps import apps
    from wagtail.models import Page

    for label in settings.SEARCH_HELP_PAGE_TYPES:
        assert issubclass(apps.get_model(label), Page)
