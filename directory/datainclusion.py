"""The one correspondence between our field names and the data·inclusion schema v1.

Our models speak English (``address``, ``opening_hours``…); data·inclusion speaks French
(``adresse``, ``horaires_accueil``…). Everything that leaves or enters the portal in
data·inclusion's terms goes through here: the fiche's JSON-LD, the editors' CSV export and
the imports. Pure Python: it reads attributes or dictionaries and imports no model.
"""

from collections.abc import Mapping
from datetime import date

# Our OrganisationPage field -> data·inclusion « structure » field.
STRUCTURE_FIELDS = {
    "source_id": "id",
    "source": "source",
    "title": "nom",
    "description": "description",
    "source_url": "lien_source",
    "verified_on": "date_maj",
    "siret": "siret",
    "city": "commune",
    "postcode": "code_postal",
    "insee_code": "code_insee",
    "address": "adresse",
    "address_extra": "complement_adresse",
    "longitude": "longitude",
    "latitude": "latitude",
    "phone": "telephone",
    "email": "courriel",
    "website": "site_web",
    "opening_hours": "horaires_accueil",
    "acceslibre_url": "accessibilite_lieu",
}

# Our Service field -> data·inclusion « service » field.
SERVICE_FIELDS = {
    "name": "nom",
    "description": "description",
    "service_type": "type",
    "themes": "thematiques",
    "audiences": "publics",
    "fees": "frais",
    "fees_details": "frais_precisions",
    "reception_modes": "modes_accueil",
    "access_conditions": "conditions_acces",
    "how_to_access": "mobilisation_precisions",
    "opening_hours": "horaires_accueil",
}

# Our fields that hold something other than text: None when empty, lists, dates.
NULLABLE = frozenset({"latitude", "longitude", "verified_on"})
LISTS = frozenset({"themes", "audiences", "reception_modes"})
DATES = frozenset({"verified_on"})


def _read(source, name):
    if isinstance(source, Mapping):
        return source.get(name)
    return getattr(source, name, None)


# data·inclusion fields that are required text: sent empty rather than left out.
STRUCTURE_REQUIRED = frozenset({"id", "source", "nom"})
SERVICE_REQUIRED = frozenset({"nom", "description"})


def _outgoing(name, value, required):
    if name in LISTS:
        return [str(code) for code in value or []]
    if name in DATES:
        return value.isoformat() if value else None
    if value in ("", None):
        # data·inclusion leaves unknown values out (null) rather than empty.
        return "" if required else None
    return value


def _incoming(name, value):
    if name in LISTS:
        return [str(code) for code in value or []]
    if name in DATES:
        return date.fromisoformat(value[:10]) if isinstance(value, str) and value else value
    if value is None:
        return None if name in NULLABLE else ""
    if name in {"latitude", "longitude"}:
        return float(value)
    return str(value)


def _to(source, fields, required):
    return {
        theirs: _outgoing(ours, _read(source, ours), theirs in required)
        for ours, theirs in fields.items()
    }


def _from(record, fields):
    return {ours: _incoming(ours, record.get(theirs)) for ours, theirs in fields.items()}


def structure_record(page):
    """A data·inclusion structure (dict of its field names) from an entry or its values."""
    return _to(page, STRUCTURE_FIELDS, STRUCTURE_REQUIRED)


def structure_values(record):
    """Our OrganisationPage field values from a data·inclusion structure (unknown keys, such
    as ``reseaux_porteurs``, are left out)."""
    return _from(record, STRUCTURE_FIELDS)


def service_record(service, structure=None):
    """A data·inclusion service from one of our services or its values. With the record of
    its ``structure``, it also carries what data·inclusion requires of a service: its
    source, its structure's id, its date and its own id (``<structure id>--<service id>``)."""
    record = _to(service, SERVICE_FIELDS, SERVICE_REQUIRED)
    if structure is not None:
        record["source"] = structure["source"]
        record["structure_id"] = structure["id"]
        record["date_maj"] = structure["date_maj"]
        record["id"] = f"{structure['id']}--{_read(service, 'pk') or _read(service, 'id')}"
    return record


def service_values(record):
    """Our Service field values from a data·inclusion service."""
    return _from(record, SERVICE_FIELDS)


def ours(di_name, fields=STRUCTURE_FIELDS):
    """Our field name for a data·inclusion name (``"adresse"`` -> ``"address"``)."""
    return {theirs: mine for mine, theirs in fields.items()}[di_name]
