"""directory.datainclusion: the one correspondence between our English field names and
data·inclusion v1, used by the JSON-LD, the editors' export and the imports."""

import csv
import io
from datetime import date

import pytest
from data_inclusion.schema import v1

from directory import datainclusion
from directory.models import OrganisationPage, Service

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def test_both_sides_of_the_mapping_are_real_fields():
    structure_names = set(v1.Structure.model_fields)
    service_names = set(v1.Service.model_fields)
    assert set(datainclusion.STRUCTURE_FIELDS.values()) <= structure_names
    assert set(datainclusion.SERVICE_FIELDS.values()) <= service_names
    for ours in datainclusion.STRUCTURE_FIELDS:
        OrganisationPage._meta.get_field(ours)  # raises FieldDoesNotExist when renamed
    for ours in datainclusion.SERVICE_FIELDS:
        Service._meta.get_field(ours)
    # One of ours for one of theirs, both ways.
    for fields in (datainclusion.STRUCTURE_FIELDS, datainclusion.SERVICE_FIELDS):
        assert len(set(fields.values())) == len(fields)
    assert datainclusion.ours("horaires_accueil") == "opening_hours"
    assert datainclusion.ours("type", datainclusion.SERVICE_FIELDS) == "service_type"


def _mapped_values(obj, fields):
    return {name: getattr(obj, name) for name in fields}


def test_every_demo_entry_and_service_round_trips():
    entries = OrganisationPage.objects.filter(is_demo=True).prefetch_related("services")
    assert entries.exists()
    for page in entries:
        record = datainclusion.structure_record(page)
        assert record["nom"] == page.title
        assert record["code_postal"] == (page.postcode or None)
        assert datainclusion.structure_values(record) == _mapped_values(
            page, datainclusion.STRUCTURE_FIELDS
        )
        for service in page.services.all():
            service_record = datainclusion.service_record(service, record)
            assert datainclusion.service_values(service_record) == _mapped_values(
                service, datainclusion.SERVICE_FIELDS
            )


def test_records_are_valid_for_the_data_inclusion_schema():
    validated_services = 0
    for page in OrganisationPage.objects.filter(is_demo=True, contact_public=True):
        record = datainclusion.structure_record(page)
        structure = v1.Structure.model_validate(record)
        assert structure.code_postal == page.postcode
        assert structure.courriel == page.email
        assert structure.date_maj == page.verified_on
        # data·inclusion requires a service description (five characters or more).
        for service in page.services.exclude(description=""):
            validated = v1.Service.model_validate(datainclusion.service_record(service, record))
            assert validated.nom == service.name
            assert validated.structure_id == record["id"]
            validated_services += 1
    assert validated_services


def test_an_imported_structure_becomes_an_entry(add_entry):
    record = {
        "source": "dora",
        "id": "abc-123",
        "nom": "Épicerie solidaire du Placieux",
        "date_maj": "2026-03-02",
        "adresse": "3 rue du Placieux",
        "code_postal": "54000",
        "commune": "Nancy",
        "latitude": 48.6831,
        "longitude": 6.1681,
        "telephone": "03 83 00 99 99",
        "courriel": None,
        "horaires_accueil": "Tu,Fr 14:00-17:00",
        "reseaux_porteurs": ["restos-du-coeur"],  # not ours: left out
    }
    values = datainclusion.structure_values(record)
    assert "reseaux_porteurs" not in values
    assert values["verified_on"] == date(2026, 3, 2)
    assert values["email"] == ""
    assert values["source_url"] == ""
    page = add_entry("epicerie-solidaire-du-placieux", **values)
    page.refresh_from_db()
    assert page.address == "3 rue du Placieux"
    assert page.city_key == "nancy"
    assert page.opening_hours == "Tu,Fr 14:00-17:00"
    back = datainclusion.structure_record(page)
    assert {k: back[k] for k in record if k in back} == {
        k: v for k, v in record.items() if k != "reseaux_porteurs"
    }


def test_an_imported_service_keeps_its_codes():
    values = datainclusion.service_values(
        {
            "nom": "Colis alimentaires",
            "description": "Sur orientation d'un travailleur social.",
            "type": "aide-materielle",
            "thematiques": ["alimentation--aide-alimentaire"],
            "publics": ["tous-publics"],
            "frais": "gratuit",
            "modes_accueil": ["en-presentiel"],
        }
    )
    service = Service(**values)
    assert service.service_type == "aide-materielle"
    assert service.is_free
    assert service.reception_modes == ["en-presentiel"]
    assert service.how_to_access == ""


def _export(admin_client, **params):
    response = admin_client.get("/admin/directory_entries/", {"export": "csv", **params})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_the_export_speaks_data_inclusion(admin_client):
    rows = _export(admin_client, city="Laxou")
    expected = OrganisationPage.objects.filter(city_key="laxou")
    assert len(rows) == expected.count()
    header = list(rows[0])
    assert header[: len(datainclusion.STRUCTURE_FIELDS)] == list(
        datainclusion.STRUCTURE_FIELDS.values()
    )
    by_id = {row["id"]: row for row in rows}
    for page in expected:
        row = by_id[page.source_id]
        assert row["nom"] == page.title
        assert row["code_postal"] == page.postcode == "54520"
        assert row["commune"] == page.city
        assert row["horaires_accueil"] == page.opening_hours
        assert row["date_maj"] == page.verified_on.isoformat()
