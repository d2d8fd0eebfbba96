"""Helpers for tests that build their own data on top of the session's demo."""

from contextlib import contextmanager

from django.db import transaction


def rich(*paragraphs):
    """Rich text from plain paragraphs."""
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def add_page(parent, model, slug, *, publish=True, **fields):
    """A new child of ``parent``, published unless ``publish`` is false.

    The parent is read again first: an instance held elsewhere may carry stale tree
    counters, and treebeard would write them back.
    """
    parent = type(parent).objects.get(pk=parent.pk)
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """The published translation of ``page`` in ``locale`` with ``fields`` changed."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@contextmanager
def module_data(django_db_blocker, build):
    """What ``build()`` returns, shared by the tests of one module: built inside an outer
    transaction rolled back when the module ends (like Django's ``setUpTestData``), each
    test still running in its own savepoint. The database is reachable only while
    building and rolling back."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
