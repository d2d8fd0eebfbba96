"""Idempotent demo-content service shared by ``manage.py load_demo`` and the tests.

Each app has a ``demo`` module with ``build(ctx)`` and, optionally, ``link(ctx)`` (run once
every app has built its pages, for cross-links). Helpers here create a page the first time
and, later, publish a new revision only when a field really differs: running the loader
twice changes nothing.
"""

import importlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import ManyToManyField
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

DEMO_MODULES = [
    "home.demo",
    "guides.demo",
    "guides.demo_guides",
    "guides.demo_formats",
    "directory.demo",
    "search.demo",
]


@dataclass
class DemoContext:
    site: Site | None = None
    locales: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    created: int = 0
    updated: int = 0

    def locale(self, code):
        return self.locales[code]


def load_demo(modules=None):
    """Build (or bring up to date) the whole demo site. Returns the context."""
    ctx = DemoContext()
    loaded = [importlib.import_module(name) for name in (modules or DEMO_MODULES)]
    with transaction.atomic():
        ctx.locales = ensure_locales()
        ensure_base_data()
        for module in loaded:
            module.build(ctx)
        for module in loaded:
            if hasattr(module, "link"):
                module.link(ctx)
    return ctx


def ensure_base_data():
    """What migrations create and a flushed test database lacks: the tree root and the
    default emergency numbers."""
    from django.apps import apps

    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    migration = importlib.import_module("portal.migrations.0002_default_emergency_numbers")
    migration.create_defaults(apps, None)


def ensure_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _strip_ids(data):
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_strip_ids(v) for v in data]
    return data


def _stream_data(model_field, value):
    prep = model_field.get_prep_value(model_field.to_python(value))
    if isinstance(prep, str):
        prep = json.loads(prep)
    # Values given as Python objects (dates…) compare equal to their stored JSON form.
    prep = json.loads(json.dumps(prep, cls=DjangoJSONEncoder))
    return _strip_ids(prep)


def _m2m_ids(page, name):
    return sorted(obj.pk for obj in getattr(page, name).all())


def apply_fields(page, values):
    """Set ``values`` on ``page``; return True when anything changed."""
    changed = False
    for name, value in values.items():
        model_field = page._meta.get_field(name)
        if isinstance(model_field, ParentalManyToManyField | ManyToManyField):
            if _m2m_ids(page, name) != sorted(obj.pk for obj in value):
                getattr(page, name).set(value)
                changed = True
        elif isinstance(model_field, StreamField):
            if _stream_data(model_field, getattr(page, name)) != _stream_data(model_field, value):
                setattr(page, name, value)
                changed = True
        elif getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    return changed


def _split_m2m(model, values):
    plain, m2m = {}, {}
    for name, value in values.items():
        target = m2m if isinstance(model._meta.get_field(name), ParentalManyToManyField) else plain
        target[name] = value
    return plain, m2m


def ensure_page(ctx, parent, model, slug, **values):
    """The live child of ``parent`` with this ``slug``, created or updated to ``values``."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        plain, m2m = _split_m2m(model, values)
        page = model(slug=slug, **plain)
        parent.add_child(instance=page)
        apply_fields(page, m2m)
        page.save_revision().publish()
        ctx.created += 1
    elif apply_fields(page, values) or not page.live:
        page.save_revision().publish()
        ctx.updated += 1
    return page


def update_page(ctx, page, **values):
    """Publish ``values`` on ``page`` if they differ. Re-reads the page first: a stale
    instance would write back an old tree state (``numchild``) when saved."""
    page = type(page).objects.get(pk=page.pk)
    if apply_fields(page, values):
        page.save_revision().publish()
        ctx.updated += 1
    return page


def ensure_translation(ctx, source, language_code, **values):
    """The translation of ``source`` in ``language_code``, created or updated to ``values``.

    Its parent must already be translated (build the tree from the top).
    """
    locale = ctx.locale(language_code)
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale)
        apply_fields(page, values)
        page.save_revision().publish()
        ctx.created += 1
    else:
        page = page.specific
        if apply_fields(page, values) or not page.live:
            page.save_revision().publish()
            ctx.updated += 1
    return page


def ensure_snippet(ctx, model, lookup, **values):
    """A snippet (or any model) found by ``lookup``, created or updated to ``values``."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        ctx.created += 1
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
        ctx.updated += 1
    return obj


def ensure_snippet_translation(ctx, source, language_code, **values):
    """The translation of a translatable snippet, created or updated to ``values``."""
    locale = ctx.locale(language_code)
    obj = source.get_translation_or_none(locale)
    if obj is None:
        obj = source.copy_for_translation(locale)
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save()
        ctx.created += 1
        return obj
    return ensure_snippet(ctx, type(obj), {"pk": obj.pk}, **values)


def rich(*paragraphs):
    """Rich text from plain paragraphs (demo text is ours, so it holds no markup to escape)."""
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def site_root_page():
    return Page.objects.get(depth=1)
