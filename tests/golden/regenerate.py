"""Regenerate the golden graph of two sample documents.

    python tests/golden/regenerate.py

Run it when a change to extraction or to the RDF model is intended, and review the diff of
``two_documents.trig`` before committing it: the golden test compares by graph isomorphism.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DOCUMENTS = ("06_batalha_de_varsovia.txt", "08_pilsudski.txt")
GOLDEN = HERE / "two_documents.trig"
MODEL = "blank"
"""Rules only: the golden file must not change when the trained model is retrained."""


def build():
    import teia

    return teia.build([ROOT / "corpus" / name for name in DOCUMENTS], model=MODEL)


def main() -> None:
    from teia.graph.io import serialize

    GOLDEN.write_text(serialize(build().dataset, "trig"), encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
