"""Command line: ``python -m portal.falc [FILE | -] [--json]``.

Reads the file (or standard input) as UTF-8 and prints the findings and the figures.
Findings guide the editor, they never block: the exit code is 0 even when there are some,
and 2 when the file cannot be read.
"""

import argparse
import json
import sys
from pathlib import Path

from portal.falc import check, scores

SCORE_LABELS = {
    "sentences": "phrases",
    "words": "mots",
    "words_per_sentence": "mots par phrase",
    "lix": "LIX",
    "kandel_moles": "Kandel–Moles",
}


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def report(text: str) -> str:
    findings = check(text)
    lines = []
    for f in findings:
        line, column = _position(text, f.start)
        lines.append(
            f"{line}:{column} {f.rule} ({f.severity}) {f.message} « {text[f.start : f.end]} »"
        )
    if not findings:
        lines.append("Aucune remarque : le texte suit les règles vérifiées.")
    else:
        lines.append(f"{len(findings)} remarque(s). Elles aident, elles ne bloquent pas.")
    figures = scores(text)
    lines.append(", ".join(f"{SCORE_LABELS[k]} : {v:g}" for k, v in figures.items()))
    return "\n".join(lines) + "\n"


def as_json(text: str) -> str:
    findings = [
        {
            "rule": f.rule,
            "start": f.start,
            "end": f.end,
            "severity": f.severity,
            "message": f.message,
            "text": text[f.start : f.end],
        }
        for f in check(text)
    ]
    return json.dumps({"findings": findings, "scores": scores(text)}, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m portal.falc",
        description="Vérifie un texte en français facile à lire (FALC).",
    )
    parser.add_argument("file", nargs="?", default="-", help="fichier texte, ou - pour l'entrée")
    parser.add_argument("--json", action="store_true", help="résultat en JSON")
    args = parser.parse_args(argv)
    if args.file == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        path = Path(args.file)
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except FileNotFoundError:
            sys.stderr.write(f"Fichier introuvable : {path}\n")
            return 2
        except OSError as exc:
            sys.stderr.write(f"Impossible de lire le fichier {path} : {exc.strerror}\n")
            return 2
    sys.stdout.write(as_json(text) if args.json else report(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
