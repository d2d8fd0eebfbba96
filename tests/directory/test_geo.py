"""Places without the network: folding, distances, communes and postcodes."""

import pytest

from directory import geo
from portal.text import fold as portal_fold


def test_fold_and_city_key():
    assert geo.fold("Vandœuvre-lès-Nancy") == "vandoeuvre-les-nancy"
    assert geo.fold is portal_fold  # one normaliser for the directory and the site search
    assert geo.city_key("VANDOEUVRE LES NANCY") == geo.city_key("Vandœuvre-lès-Nancy")
    assert geo.city_key("St-Max") == geo.city_key("Saint-Max")


def test_haversine_and_format():
    # Nancy town hall to Laxou town hall: about 2.6 km.
    km = geo.haversine_km(48.6936, 6.1832, 48.6846, 6.1489)
    assert 2.4 < km < 2.8
    assert geo.format_distance(0.234) == "230 m"
    assert geo.format_distance(2.64) == "2,6 km"
    assert geo.format_distance(12.4) == "12 km"


def test_bounding_box_contains_the_circle():
    min_lat, max_lat, min_lng, max_lng = geo.bounding_box(48.69, 6.18, 5)
    assert geo.haversine_km(48.69, 6.18, max_lat, 6.18) == pytest.approx(5, rel=0.01)
    assert geo.haversine_km(48.69, 6.18, 48.69, max_lng) == pytest.approx(5, rel=0.01)
    assert min_lat < 48.69 < max_lat
    assert min_lng < 6.18 < max_lng


def test_resolve_shipped_places():
    assert geo.resolve_place("vandoeuvre les nancy").label == "Vandœuvre-lès-Nancy"
    laxou = geo.resolve_place("54520")
    assert laxou.key == geo.city_key("Laxou")
    paris_11 = geo.resolve_place("75011")
    assert paris_11.key == "paris"
    assert paris_11.latitude != geo.resolve_place("Paris").latitude
    assert geo.resolve_place("Maxév").label == "Maxéville"  # a unique beginning
    assert geo.resolve_place("Inconnuville") is None
    assert geo.resolve_place("") is None
    assert geo.resolve_place("x" * 5000) is None
