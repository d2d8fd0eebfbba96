"""Places without the network: commune names and postcodes -> a position, and distances.

The shipped ``data/communes.json`` holds the demo communes and their neighbours; any other
commune known to the directory gets the mean position of its entries. An online geocoder
could be added in front of this, but nothing here needs one.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import Avg, Count

from portal.text import fold

EARTH_RADIUS_KM = 6371.0088
DATA_FILE = Path(__file__).resolve().parent / "data" / "communes.json"
POSTCODE_RE = re.compile(r"^\d{5}$")


def city_key(name: str) -> str:
    """The key communes are compared on (``OrganisationPage.city_key``): folded by
    ``portal.text.fold``, hyphens and apostrophes as spaces,
    « saint » abbreviations expanded (« St-Max » = « Saint-Max »)."""
    words = re.sub(r"[-'’.]", " ", fold(name)).split()
    words = ["saint" if w == "st" else "sainte" if w == "ste" else w for w in words]
    return " ".join(words)


def haversine_km(lat1, lng1, lat2, lng2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat, lng, radius_km):
    """(min_lat, max_lat, min_lng, max_lng) enclosing the circle; a cheap indexed prefilter."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    dlng = math.degrees(radius_km / (EARTH_RADIUS_KM * max(math.cos(math.radians(lat)), 0.01)))
    return lat - dlat, lat + dlat, lng - dlng, lng + dlng


def format_distance(km: float | None) -> str:
    if km is None:
        return ""
    if km < 1:
        return f"{max(10, round(km * 1000, -1)):.0f} m"
    return f"{km:.1f} km".replace(".", ",") if km < 10 else f"{km:.0f} km"


def valid_position(lat, lng) -> bool:
    return -90 <= lat <= 90 and -180 <= lng <= 180


@dataclass(frozen=True)
class Place:
    label: str
    key: str  # city_key of the commune, for "inside the commune first"
    latitude: float | None
    longitude: float | None
    postcode: str = ""


@cache
def _shipped():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    by_key, by_postcode = {}, {}
    by_insee = {c["code_insee"]: c for c in data["communes"]}
    for commune in data["communes"]:
        place = Place(
            commune["nom"], city_key(commune["nom"]), commune["latitude"], commune["longitude"]
        )
        by_key[place.key] = place
        for code in commune["codes_postaux"]:
            by_postcode[code] = Place(
                f"{commune['nom']} ({code})", place.key, place.latitude, place.longitude, code
            )
    for row in data["postcodes"]:
        commune = by_insee[row["code_insee"]]
        code = row["code_postal"]
        by_postcode[code] = Place(
            f"{commune['nom']} ({code})",
            city_key(commune["nom"]),
            row["latitude"],
            row["longitude"],
            code,
        )
    return by_key, by_postcode


def shipped_communes() -> list[str]:
    return sorted((p.label for p in _shipped()[0].values()), key=fold)


def resolve_place(text: str, entries=None) -> Place | None:
    """The commune or postcode typed by a visitor, or None when unknown.

    ``entries`` (a queryset of directory entries) is the fallback: a commune or postcode
    found there is placed at the mean position of its entries.
    """
    text = (text or "").strip()[:80]
    if not text:
        return None
    by_key, by_postcode = _shipped()
    if POSTCODE_RE.match(text):
        if text in by_postcode:
            return by_postcode[text]
        return _from_entries(entries, {"postcode": text}, text) if entries is not None else None
    key = city_key(text)
    if key in by_key:
        return by_key[key]
    if entries is not None:
        place = _from_entries(entries, {"city_key": key}, text)
        if place:
            return place
    starting = sorted(k for k in by_key if k.startswith(key)) if len(key) >= 3 else []
    return by_key[starting[0]] if len(starting) == 1 else None


def _from_entries(entries, lookup, text):
    row = entries.filter(**lookup).aggregate(
        lat=Avg("latitude"), lng=Avg("longitude"), n=Count("pk")
    )
    if not row["n"]:
        return None
    first = entries.filter(**lookup).values("city", "city_key").first()
    label = first["city"] if "city_key" in lookup else f"{first['city']} ({text})"
    return Place(label, first["city_key"], row["lat"], row["lng"], lookup.get("postcode", ""))
