"""The demo loader: reads the demo data files of every app and builds the site from them.

Apps register their files with a ``demo_files`` attribute on their AppConfig (paths
relative to the app's folder, in the order they are read). Apps are read in the order of
``INSTALLED_APPS`` (portal first, for the shared vocabulary, then home, guides, directory,
search). ``docs/demo-content.md`` describes the format for the people who write the data.

A run has two passes. The first creates or updates every page, snippet and setting with
the fields it can already fill; a field that points to a page not built yet (the home
page's entry paths point to the directory) waits for the second pass, which fills it once
everything exists. Both passes only write what differs, so a second run changes nothing.
"""

import copy
import datetime
import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site, TranslatableMixin

from .helpers import (
    DemoContext,
    apply_fields,
    child_fields,
    child_relation,
    ensure_locales,
    ensure_page,
    ensure_snippet,
    ensure_snippet_translation,
    ensure_translation,
    site_root_page,
    update_page,
)

PAGE_KEYS = {"slug", "key", "type", "parent", "translations"}
SNIPPET_KEYS = {"translations"}
TODAY_RE = re.compile(r"^today\s*(?:([+-])\s*(\d+)\s*(?:days?)?)?$")


class DemoDataError(ValueError):
    """A mistake in a demo data file, with the file and the place where it is."""


class Missing(Exception):  # noqa: N818 (a signal, not an error)
    """A page reference that cannot be resolved yet."""

    def __init__(self, path):
        super().__init__(path)
        self.path = path


@dataclass
class DemoFile:
    app_label: str
    path: Path
    data: dict

    @property
    def name(self):
        return f"{self.path.parent.parent.name}/{self.path.parent.name}/{self.path.name}"


@dataclass
class Record:
    """One page, translation, snippet or setting to bring up to date."""

    kind: str  # "page", "translation", "snippet", "snippet-translation", "settings"
    file: DemoFile
    where: str
    model: type
    raw: dict
    target: object = None
    deferred: dict = field(default_factory=dict)
    entry: dict | None = None  # for pages: their ctx.pages entry, kept current
    language: str = ""


# --- Finding the files -----------------------------------------------------------------


def demo_apps():
    """App configs that declare demo files, in the order of INSTALLED_APPS."""
    return [config for config in apps.get_app_configs() if getattr(config, "demo_files", None)]


def _app_for(name):
    """The app config for ``name``: an app label (``directory``), an app name, or the old
    module names (``directory.demo``, ``guides.demo_formats``)."""
    base = name.split(".demo")[0] if ".demo" in name else name
    for config in demo_apps():
        if base in {config.label, config.name}:
            return config
    known = ", ".join(config.label for config in demo_apps())
    raise ValueError(f"No demo content for {name!r}: the apps with demo content are {known}.")


@cache
def _read(path, mtime):  # mtime: a file edited since is read again
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DemoDataError(f"{path}: the file must hold named sections (pages:, snippets:…).")
    return data


def demo_files(config, copy_data=True):
    """The demo files of an app config, parsed (``copy_data``: a copy the caller may keep)."""
    files = []
    for relative in config.demo_files:
        path = Path(config.path) / relative
        if not path.exists():
            raise DemoDataError(f"{config.label}: demo file {relative} is declared but missing.")
        # A copy: values given to the models must not share lists with the cached files.
        data = _read(path, path.stat().st_mtime)
        if copy_data:
            data = copy.deepcopy(data)
        files.append(DemoFile(config.label, path, data))
    return files


# --- Converting values -----------------------------------------------------------------


def page_path(value):
    """A page reference as written in the data: its address after the language, e.g.
    ``formats/cafe-echanges`` (slashes around it do not matter); ``/`` is the home page."""
    if not isinstance(value, str):
        raise TypeError("a page is given by its address, e.g. « formats/cafe-echanges »")
    return value.strip().strip("/") or "/"


def to_date(value):
    """A date: ``2026-10-01``, ``today``, ``today-40`` (40 days ago) or ``today+12``."""
    if value is None or isinstance(value, datetime.date):
        return value
    match = TODAY_RE.match(str(value).strip())
    if match:
        sign, days = match.group(1), int(match.group(2) or 0)
        return timezone.localdate() + datetime.timedelta(days=-days if sign == "-" else days)
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(
            f"« {value} » is not a date: write 2026-10-01, « today », or « today-40 » (40 days ago)"
        ) from None


def to_rich(value):
    """Rich text: an HTML string, or a list of paragraphs (plain text with inline tags)."""
    if isinstance(value, list):
        return "".join(f"<p>{paragraph}</p>" for paragraph in value)
    if value is None:
        return ""
    return str(value).strip() if str(value).lstrip().startswith("<") else f"<p>{value}</p>"


class Converter:
    """Turns the values of the data files into what the models expect.

    ``lenient``: in the second pass, a page that is not part of this run (an app left out
    of ``load_demo(modules=…)``) is left out of the value instead of failing.
    """

    def __init__(self, loader, where, lenient=False):
        self.loader = loader
        self.where = where
        self.lenient = lenient

    def error(self, message):
        return DemoDataError(f"{self.where}: {message}")

    def date(self, value):
        try:
            return to_date(value)
        except ValueError as error:
            raise self.error(str(error)) from None

    # Pages and objects

    def page(self, value):
        try:
            path = page_path(value)
        except TypeError as error:
            raise self.error(str(error)) from None
        entry = self.loader.pages_by_path.get(path)
        if entry is not None:
            return entry["fr"]
        if path not in self.loader.all_paths:
            raise self.error(f"no demo page has the address « {path} »")
        raise Missing(path)

    def optional_page(self, value):
        """A page, or None in the second pass when its app is left out of this run."""
        try:
            return self.page(value)
        except Missing:
            if self.lenient:
                return None
            raise

    def obj(self, model, value):
        label = model._meta.label_lower
        if model is Locale:
            return self.loader.ctx.locale(str(value))
        found = self.loader.ctx.objects.get(label, {}).get(str(value))
        if found is None:
            known = ", ".join(sorted(self.loader.ctx.objects.get(label, {}))) or "none"
            raise self.error(
                f"no {model._meta.model_name} « {value} » (the known ones are: {known})"
            )
        return found

    # Model fields

    def field(self, model, name, value):  # noqa: PLR0911 (one branch per kind of field)
        try:
            model_field = model._meta.get_field(name)
        except Exception:
            names = sorted(f.name for f in model._meta.get_fields() if getattr(f, "editable", True))
            raise self.error(
                f"{model.__name__} has no field « {name} » (its fields: {', '.join(names)})"
            ) from None
        child_model = child_relation(model, name)
        if child_model is not None:
            return [self.child(child_model, item) for item in value or []]
        if isinstance(model_field, StreamField):
            return self.stream(model_field.stream_block, value or [], name)
        if isinstance(model_field, RichTextField):
            return to_rich(value)
        if isinstance(model_field, ParentalManyToManyField | models.ManyToManyField):
            return self.many(model_field.related_model, value or [])
        if isinstance(model_field, models.ForeignKey):
            if value is None:
                return None
            if issubclass(model_field.related_model, Page):
                return self.optional_page(value)
            return self.obj(model_field.related_model, value)
        if isinstance(model_field, models.DateField):
            return self.date(value)
        if isinstance(model_field, models.TextField) and isinstance(value, list):
            return "\n".join(str(line) for line in value)
        if model_field.choices and value not in {"", None}:
            codes = [str(code) for code, _label in model_field.flatchoices]
            if str(value) not in codes:
                raise self.error(f"« {value} » is not a choice of {name} ({', '.join(codes)})")
        return value

    def many(self, model, values):
        objects = []
        for value in values:
            if issubclass(model, Page):
                try:
                    objects.append(self.page(value))
                except Missing:
                    if not self.lenient:
                        raise
            else:
                objects.append(self.obj(model, value))
        return objects

    def child(self, child_model, item):
        if not isinstance(item, dict):
            raise self.error(f"each {child_model._meta.model_name} is a list of fields")
        names = child_fields(child_model)
        unknown = set(item) - set(names)
        if unknown:
            raise self.error(
                f"{child_model.__name__} has no field « {sorted(unknown)[0]} » "
                f"(its fields: {', '.join(names)})"
            )
        values = {}
        for name in names:
            model_field = child_model._meta.get_field(name)
            if name in item:
                values[name] = self.field(child_model, name, item[name])
            else:
                values[name] = model_field.get_default()
        return values

    # StreamField blocks

    def stream(self, stream_block, items, where):
        if not isinstance(items, list):
            raise self.error(f"{where} is a list of blocks")
        result = []
        for item in items:
            block_type, value = self._block_item(stream_block, item, where)
            try:
                child = stream_block.child_blocks[block_type]
                result.append((block_type, self.block(child, value)))
            except Missing:
                if not self.lenient:
                    raise
        return result

    def _block_item(self, stream_block, item, where):
        names = list(stream_block.child_blocks)
        if isinstance(item, dict) and "type" in item and set(item) <= {"type", "value"}:
            block_type, value = item["type"], item.get("value")
        elif len(names) == 1:
            block_type, value = names[0], item  # one kind of block: the values alone
        else:
            raise self.error(f"each block of {where} needs « type: » and « value: »")
        if block_type not in stream_block.child_blocks:
            raise self.error(
                f"{where} has no block « {block_type} » (its blocks: {', '.join(names)})"
            )
        return block_type, value

    def block(self, block, value):
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value or [], block.name or "stream")
        if isinstance(block, blocks.ListBlock):
            result = []
            for item in value or []:
                try:
                    result.append(self.block(block.child_block, item))
                except Missing:
                    if not self.lenient:
                        raise
            return result
        if isinstance(block, blocks.StructBlock):
            return self.struct(block, value)
        return self.leaf(block, value)

    def leaf(self, block, value):  # noqa: PLR0911 (one branch per kind of block)
        if isinstance(block, blocks.PageChooserBlock):
            if value is None:
                return None
            try:
                return self.page(value)
            except Missing:
                if self.lenient and not block.required:
                    return None
                raise
        if isinstance(block, blocks.RichTextBlock):
            return to_rich(value)
        if isinstance(block, blocks.DateBlock):
            return self.date(value)
        if isinstance(block, blocks.StaticBlock):
            return None
        if isinstance(block, blocks.ChooserBlock):
            if value is not None:
                raise self.error(f"{block.name}: documents and images cannot be set from data")
            return None
        if isinstance(block, blocks.ChoiceBlock) and value not in {"", None}:
            codes = [str(code) for code, _label in block.field.choices]
            if str(value) not in codes:
                raise self.error(f"« {value} » is not a choice of {block.name}: {codes}")
        return value

    def struct(self, block, value):
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise self.error(f"{block.name} takes named fields ({', '.join(block.child_blocks)})")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise self.error(
                f"block {block.name} has no field « {sorted(unknown)[0]} » "
                f"(its fields: {', '.join(block.child_blocks)})"
            )
        return {
            name: self.block(child, value[name]) if name in value else block_default(child)
            for name, child in block.child_blocks.items()
        }


TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.URLBlock, blocks.EmailBlock)


def block_default(block):
    """What the admin saves for a field left empty: "" for text, the default otherwise."""
    default = block.get_default()
    if default is None and isinstance(block, TEXT_BLOCKS):
        return ""
    return default


# --- The loader ------------------------------------------------------------------------


class Loader:
    def __init__(self, ctx, configs):
        self.ctx = ctx
        self.configs = configs
        self.pages_by_path = {}
        self.records = []
        # Every page address of every app, loaded or not, to tell a page left out of this
        # run from a typing mistake.
        self.all_paths = set()
        for config in demo_apps():
            for demo_file in demo_files(config, copy_data=False):
                self.all_paths.update(self._declared_paths(demo_file))

    def _model(self, label, where):
        try:
            return apps.get_model(label)
        except (LookupError, ValueError):
            raise DemoDataError(f"{where}: unknown model « {label} » (write app.Model)") from None

    def _page_specs(self, demo_file):
        data = demo_file.data
        shared = {name: data[name] for name in ("parent", "type", "key") if name in data}
        defaults = data.get("defaults") or {}
        for index, spec in enumerate(data.get("pages") or [], start=1):
            where = f"{demo_file.name}, page {index} ({spec.get('slug', '?')})"
            full = {**shared, **spec}
            fields = {
                **defaults,
                **{k: v for k, v in spec.items() if k not in PAGE_KEYS},
            }
            yield where, full, fields

    def _declared_paths(self, demo_file):
        for where, spec, _fields in self._page_specs(demo_file):
            yield self._path_of(spec, where)

    @staticmethod
    def _path_of(spec, where):
        if "slug" not in spec:
            raise DemoDataError(f"{where}: a page needs a « slug »")
        if spec.get("parent") is None:
            return "/"
        parent = page_path(spec["parent"])
        return spec["slug"] if parent == "/" else f"{parent}/{spec['slug']}"

    # Pass 1

    def run(self):
        for config in self.configs:
            for demo_file in demo_files(config):
                self.load_file(demo_file)
        for record in self.records:
            if record.deferred:
                self.finish(record)

    def load_file(self, demo_file):
        unknown = set(demo_file.data) - {
            "parent", "type", "key", "defaults", "pages", "site", "snippets", "settings"
        }  # fmt: skip
        if unknown:
            raise DemoDataError(f"{demo_file.name}: unknown section « {sorted(unknown)[0]} »")
        for where, spec, fields in self._page_specs(demo_file):
            self.load_page(demo_file, where, spec, fields)
        if demo_file.data.get("site"):
            self.load_site(demo_file)
        for index, group in enumerate(demo_file.data.get("snippets") or [], start=1):
            self.load_snippets(demo_file, f"{demo_file.name}, snippets {index}", group)
        for index, spec in enumerate(demo_file.data.get("settings") or [], start=1):
            self.load_settings(demo_file, f"{demo_file.name}, settings {index}", spec)

    def _split(self, record, fields):
        """Convert ``fields``; those pointing to a page not built yet wait for pass 2."""
        converter = Converter(self, record.where)
        ready = {}
        for name, value in fields.items():
            try:
                ready[name] = converter.field(record.model, name, value)
            except Missing:
                record.deferred[name] = value
        return ready

    def load_page(self, demo_file, where, spec, fields):
        model = self._model(spec.get("type", ""), where)
        path = self._path_of(spec, where)
        record = Record("page", demo_file, where, model, fields)
        values = self._split(record, fields)
        if spec.get("parent") is None:
            parent = site_root_page()
        else:
            parent_entry = self.pages_by_path.get(page_path(spec["parent"]))
            if parent_entry is None:
                raise DemoDataError(
                    f"{where}: its parent « {spec['parent']} » must be loaded before it"
                )
            parent = parent_entry["fr"]
        page = ensure_page(self.ctx, parent, model, spec["slug"], **values)
        key = str(spec.get("key", path)).format(slug=spec["slug"])
        entry = {"fr": page}
        record.target, record.entry, record.language = page, entry, "fr"
        self.records.append(record)
        self.ctx.pages[key] = entry
        self.pages_by_path[path] = entry
        for code, translated in (spec.get("translations") or {}).items():
            self._check_language(code, where)
            t_record = Record("translation", demo_file, f"{where}, {code}", model, translated or {})
            t_values = self._split(t_record, translated or {})
            t_record.target = ensure_translation(self.ctx, page, code, **t_values)
            t_record.entry, t_record.language = entry, code
            entry[code] = t_record.target
            self.records.append(t_record)

    def _check_language(self, code, where):
        if code not in self.ctx.locales:
            languages = ", ".join(self.ctx.locales)
            raise DemoDataError(f"{where}: unknown language « {code} » (the site has {languages})")

    def load_site(self, demo_file):
        spec = demo_file.data["site"]
        where = f"{demo_file.name}, site"
        root_entry = self.pages_by_path.get(page_path(spec.get("root", "/")))
        if root_entry is None:
            raise DemoDataError(f"{where}: its root page must be in the data before it")
        self.ctx.site = ensure_default_site(self.ctx, root_entry["fr"], spec)

    def load_snippets(self, demo_file, where, group):
        model = self._model(group.get("model", ""), where)
        match = group.get("match") or []
        if not match:
            raise DemoDataError(f"{where}: « match » names the fields that find an object")
        defaults = group.get("defaults") or {}
        translatable = issubclass(model, TranslatableMixin)
        objects = self.ctx.objects.setdefault(model._meta.label_lower, {})
        for index, item in enumerate(group.get("items") or [], start=1):
            item_where = f"{where}, item {index} ({item.get(match[0], '?')})"
            fields = {**defaults, **{k: v for k, v in item.items() if k not in SNIPPET_KEYS}}
            missing = [
                name
                for name in match
                if name not in fields and not (translatable and name == "locale")
            ]
            if missing:
                raise DemoDataError(f"{item_where}: « {missing[0]} » is missing")
            record = Record("snippet", demo_file, item_where, model, fields)
            values = self._split(record, fields)
            lookup = {name: values.pop(name) for name in match if name in values}
            if translatable and "locale" not in lookup:
                lookup["locale"] = values.pop("locale", self.ctx.locale(settings.LANGUAGE_CODE))
            if group.get("create", True):
                obj = ensure_snippet(self.ctx, model, lookup, **values)
            else:  # objects made elsewhere (a data migration): translated, never created
                obj = model.objects.filter(**lookup).first()
                if obj is None:
                    continue
                if values:
                    obj = ensure_snippet(self.ctx, model, {"pk": obj.pk}, **values)
            record.target = obj
            self.records.append(record)
            objects[str(fields[match[0]])] = obj
            for code, translated in (item.get("translations") or {}).items():
                self._check_language(code, item_where)
                # A translation has the fields of its source, except those it translates.
                t_fields = {
                    **{k: v for k, v in fields.items() if k not in {"locale", *match}},
                    **(translated or {}),
                }
                t_record = Record(
                    "snippet-translation", demo_file, f"{item_where}, {code}", model, t_fields
                )
                t_values = self._split(t_record, t_fields)
                t_record.target = ensure_snippet_translation(self.ctx, obj, code, **t_values)
                self.records.append(t_record)

    def load_settings(self, demo_file, where, spec):
        model = self._model(spec.get("model", ""), where)
        if self.ctx.site is None:
            raise DemoDataError(f"{where}: settings need the site (a « site: » section first)")
        fields = {k: v for k, v in spec.items() if k != "model"}
        record = Record("settings", demo_file, where, model, fields)
        record.target = model.for_site(self.ctx.site)
        self._save_settings(record.target, self._split(record, fields))
        self.records.append(record)

    def _save_settings(self, obj, values):
        if values and apply_fields(obj, values):
            obj.save()
            self.ctx.updated += 1

    # Pass 2

    def finish(self, record):
        converter = Converter(self, record.where, lenient=True)
        values = {
            name: converter.field(record.model, name, value)
            for name, value in record.deferred.items()
        }
        if record.kind in {"page", "translation"}:
            record.entry[record.language] = update_page(self.ctx, record.target, **values)
        elif record.kind == "settings":
            self._save_settings(record.target, values)
        else:
            ensure_snippet(self.ctx, record.model, {"pk": record.target.pk}, **values)


def ensure_default_site(ctx, root, spec):
    """The default site, rooted at ``root``. Wagtail's placeholder welcome page, which the
    new root replaces, is deleted when nothing was built under it."""
    site = Site.objects.filter(is_default_site=True).first()
    name = spec.get("site_name", "")
    if site is None:
        site = Site.objects.create(
            hostname=spec.get("hostname", "localhost"),
            port=spec.get("port", 80),
            root_page=root,
            is_default_site=True,
            site_name=name,
        )
        ctx.created += 1
    elif site.root_page_id != root.pk or site.site_name != name:
        old_root = site.root_page
        site.root_page = root
        site.site_name = name
        site.save()
        ctx.updated += 1
        if (
            old_root.pk != root.pk
            and type(old_root.specific) is Page
            and not old_root.get_children().exists()
        ):
            old_root.delete()
    return site


def ensure_base_data():
    """What migrations create and a flushed test database lacks: the tree root and the
    default emergency numbers."""
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    migration = importlib.import_module("portal.migrations.0002_default_emergency_numbers")
    migration.create_defaults(apps, None)


def load_demo(modules=None):
    """Build (or bring up to date) the demo site from the apps' data files.

    ``modules``: only these apps (labels such as ``"directory"``, or the old module names
    such as ``"directory.demo"``); the shared vocabulary is always loaded. Returns the
    :class:`DemoContext` (``ctx.pages["annuaire"]["fr"]``, ``ctx.created``…).
    """
    every = demo_apps()
    if modules:
        wanted = {_app_for(name).label for name in modules}
        configs = [c for c in every if c.label in wanted or c.label == "portal"]
    else:
        configs = every
    ctx = DemoContext()
    with transaction.atomic():
        ctx.locales = ensure_locales()
        ensure_base_data()
        Loader(ctx, configs).run()
    return ctx
