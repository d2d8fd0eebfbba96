"""Readability figures, the command line, the standard-library-only promise, and properties."""

import ast
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from portal.falc import check, scores

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "portal" / "falc"


def test_scores_on_a_short_text():
    # « Le café est ouvert. Venez le mardi. »
    # 2 sentences, 7 words (Le café est ouvert Venez le mardi): 3.5 words per sentence.
    # No word has more than 6 letters, so LIX = 3.5 + 100 × 0 / 7 = 3.5.
    # Syllables: le 1, ca-fé 2, est 1, ou-vert 2, ve-nez 2, le 1, mar-di 2 = 11.
    # Kandel–Moles = 207 − 1.015 × 3.5 − 73.6 × 11 / 7 = 207 − 3.55 − 115.66 = 87.8.
    assert scores("Le café est ouvert. Venez le mardi.") == {
        "sentences": 2.0,
        "words": 7.0,
        "words_per_sentence": 3.5,
        "lix": 3.5,
        "kandel_moles": 87.8,
    }


def test_scores_on_a_text_with_long_words():
    # « La salle accueille les familles. / Elle est accessible. » (two lines)
    # 2 sentences, 8 words: 4 words per sentence.
    # Long words (more than 6 letters): accueille, familles, accessible = 3.
    # LIX = 4 + 100 × 3 / 8 = 41.5.
    # Syllables: la 1, salle 1, ac-cueille 2, les 1, fa-milles 2, elle 1, est 1,
    # ac-ces-sible 3 = 12. Kandel–Moles = 207 − 1.015 × 4 − 73.6 × 12 / 8 = 92.5.
    assert scores("La salle accueille les familles.\nElle est accessible.") == {
        "sentences": 2.0,
        "words": 8.0,
        "words_per_sentence": 4.0,
        "lix": 41.5,
        "kandel_moles": 92.5,
    }


def test_scores_on_empty_text():
    assert scores("")["lix"] == 0.0
    assert scores("")["sentences"] == 0.0


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "portal.falc", *args],
        input=stdin.encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=30,
        check=False,
    )


def test_cli_json_on_stdin():
    text = "Mme Dupont vous accueille.\nLe café est ouvert."
    result = run_cli("-", "--json", stdin=text)
    assert result.returncode == 0
    data = json.loads(result.stdout.decode())
    assert set(data) == {"findings", "scores"}
    (finding,) = data["findings"]
    assert finding == {
        "rule": "abbreviation",
        "start": 0,
        "end": 3,
        "severity": "warning",
        "message": finding["message"],
        "text": "Mme",
    }
    assert "Madame" in finding["message"]
    assert data["scores"]["sentences"] == 2.0


def test_cli_text_report_from_a_file(tmp_path):
    path = tmp_path / "texte.txt"
    path.write_text("Le café est ouvert.\nVenez avec trois amis.", encoding="utf-8")
    result = run_cli(str(path))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "2:12 number-in-letters" in out
    assert "« trois »" in out
    assert "LIX" in out
    assert "Kandel–Moles" in out


def test_cli_clean_text_says_so():
    result = run_cli(stdin="Le café est ouvert.")
    assert result.returncode == 0
    assert "Aucune remarque" in result.stdout.decode()


def test_cli_missing_file_exits_2(tmp_path):
    result = run_cli(str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert "Fichier introuvable" in result.stderr.decode()
    assert result.stdout == b""


def test_package_imports_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"portal"}
    files = sorted(PACKAGE.glob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, path
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in allowed, f"{path.name} imports {name}"
                if top == "portal":
                    assert name.startswith("portal.falc"), f"{path.name} imports {name}"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_check_never_raises_and_offsets_are_sane(text):
    found = check(text)
    assert found == sorted(found, key=lambda f: (f.start, f.end, f.rule, f.message))
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.severity in {"info", "warning", "strong"}
        assert f.message


FRENCH_BITS = st.sampled_from(
    [
        "Le café", " est ouvert", ". ", "\n", "Mme", " 25 000", " 62 %", " 1,5", " XXe",
        " 12/09/2025", " n'est pas", " par", " a été", " fermé", " CCAS", " (", ")", " voir",
        " ci-dessus", "etc.", " trois", " 03 83 00 11 21", " 14 h", " que vous veniez",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(FRENCH_BITS, max_size=30).map("".join))
def test_french_like_text_offsets_within_text(text):
    found = check(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()
    figures = scores(text)
    assert figures["words"] >= 0
