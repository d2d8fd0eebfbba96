"""Idempotent building blocks of the demo loader, also used by test fixtures.

Each helper creates an object the first time and, later, saves (or publishes a new
revision) only when a field really differs: running the loader twice changes nothing.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import ManyToManyField, ManyToOneRel
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site


@dataclass
class DemoContext:
    """What a run of the loader built: ``pages[key][language]``, ``objects[model][key]``
    (snippets and terms by their stable key), and how many objects it created or updated."""

    site: Site | None = None
    locales: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    created: int = 0
    updated: int = 0

    def locale(self, code):
        return self.locales[code]


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


def child_relation(model, name):
    """The model of the child objects behind ``name`` (a ``ParentalKey`` reverse
    relation, such as a directory entry's services), else None."""
    model_field = model._meta.get_field(name)
    if isinstance(model_field, ManyToOneRel) and isinstance(model_field.remote_field, ParentalKey):
        return model_field.related_model
    return None


def child_fields(child_model):
    """The fields of a child object that the loader sets and compares."""
    return [
        f.name
        for f in child_model._meta.concrete_fields
        if not f.primary_key and not isinstance(f, ParentalKey) and f.name != "sort_order"
    ]


def _children_values(page, name, child_model):
    names = child_fields(child_model)
    return [{f: getattr(obj, f) for f in names} for obj in getattr(page, name).all()]


def apply_fields(page, values):
    """Set ``values`` on ``page``; return True when anything changed.

    Child objects (services of a directory entry…) are given as a list of dicts of all
    their fields, see :func:`child_fields`."""
    changed = False
    for name, value in values.items():
        model_field = page._meta.get_field(name)
        child_model = child_relation(type(page), name)
        if child_model is not None:
            if _children_values(page, name, child_model) != value:
                setattr(page, name, [child_model(**item) for item in value])
                changed = True
        elif isinstance(model_field, ParentalManyToManyField | ManyToManyField):
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
    """Plain fields (given to the constructor) and the rest (set once the page is saved)."""
    plain, later = {}, {}
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        is_later = isinstance(model_field, ParentalManyToManyField) or child_relation(model, name)
        (later if is_later else plain)[name] = value
    return plain, later


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


def site_root_page():
    return Page.objects.get(depth=1)
