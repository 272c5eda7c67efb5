"""How complete and how exact ``meta.provenance`` is, on a labelled corpus.

    python scripts/measure_provenance.py dev zoo --shared ../shared --jobs 2

Coverage: the share of non-empty values (:func:`resumekit.fields.provenance.traced_pointers`: the
name, headline, summary, each contact value, each list item) that have a record, and the records
by origin. Boxes: on PDFs, the share of the name's and the contact values' boxes that, cropped
from the page, contain the value's text (:func:`shows`: the characters whose centre lies in the
box, compared folded as :mod:`resumekit.fields.locate` compares). Set-aside documents
(``eval/set-aside.txt``) are counted apart and never detailed; ``-v`` names each tuning document's
misses.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

import resumekit
from resumekit.fields.locate import fold
from resumekit.fields.provenance import traced_pointers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import documents  # noqa: E402  (the same corpus walk as scripts/evaluate.py)


def value_texts(c: resumekit.Candidate, pointer: str) -> list[str]:
    """The texts that show the value at ``pointer`` on the page (any one will do): for a link its
    URL with and without scheme, and the text it sat on."""
    parts = pointer.strip("/").split("/")
    if parts == ["name"]:
        return [c.name or ""]
    if parts == ["contact", "location"]:
        return [c.contact.location.raw]
    field, i = parts[1], int(parts[2])
    if field == "emails":
        return [c.contact.emails[i]]
    if field == "phones":
        return [c.contact.phones[i].raw]
    link = c.contact.links[i]
    url = link.url.split("://", 1)[-1]
    return [t for t in (link.url, url, url.removeprefix("www."), link.label) if t]


def crop_text(page, box: list[float]) -> str:
    """The page's text made of the characters whose centre lies inside ``box`` ([x0, top, x1, bottom])."""
    x0, top, x1, bottom = box

    def inside(obj) -> bool:
        return (obj.get("object_type") == "char" and x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1
                and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom)

    return page.filter(inside).extract_text() or ""


def shows(page, box: list[float], texts: list[str]) -> bool:
    """Does the crop of ``box`` hold one of ``texts``? Compared folded; an address over several
    lines is shown when each of its comma-separated parts is."""
    crop = fold(crop_text(page, box))[0]
    for text in texts:
        parts = [fold(p)[0] for p in text.split(",")]
        if fold(text)[0] in crop or all(p in crop for p in parts if p):
            return True
    return False


def contact_pointers(c: resumekit.Candidate) -> list[str]:
    return [p for p in traced_pointers(c) if p == "/name" or p.startswith("/contact/")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", choices=("dev", "zoo"))
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="each tuning document's misses")
    a = ap.parse_args(argv)
    aside_file = a.shared / "eval" / "set-aside.txt"
    set_aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    docs = documents(a.shared, a.corpora, [])
    by_path = {str(path): doc_id for doc_id, _, path in docs}
    stats = {g: Counter() for g in ("tuning", "set aside")}
    for item, c in resumekit.parse_many(list(by_path), workers=a.jobs):
        if isinstance(c, resumekit.ResumekitError):
            continue
        doc_id = by_path[item]
        hidden = doc_id in set_aside
        s = stats["set aside" if hidden else "tuning"]
        misses = []
        for p in traced_pointers(c):
            rec = c.meta.provenance.get(p)
            s["values"] += 1
            s["traced"] += rec is not None
            s[f"origin {rec.origin if rec else 'none'}"] += 1
            if rec is None:
                misses.append(f"no record: {p}")
        if item.endswith(".pdf"):
            with pdfplumber.open(item) as pdf:
                for p in contact_pointers(c):
                    rec = c.meta.provenance.get(p)
                    s["boxes"] += 1
                    if rec is None or rec.box is None:
                        s["boxes without box"] += 1
                        continue
                    ok = shows(pdf.pages[rec.page - 1], rec.box, value_texts(c, p))
                    s["boxes shown"] += ok
                    if not ok:
                        misses.append(f"box does not show {p} ({rec.origin})")
        if a.verbose and misses and not hidden:
            print(f"--- {doc_id}")
            for m in misses:
                print(f"  {m}")
    for group, s in stats.items():
        if not s["values"]:
            continue
        origins = ", ".join(f"{k[7:]} {n}" for k, n in sorted(s.items()) if k.startswith("origin "))
        print(f"{group}: provenance for {s['traced']}/{s['values']} values ({s['traced'] / s['values']:.1%}); "
              f"origins: {origins}")
        if s["boxes"]:
            print(f"{group}: PDF name and contact boxes showing their value: {s['boxes shown']}/{s['boxes']} "
                  f"({s['boxes shown'] / s['boxes']:.1%}); without a box: {s['boxes without box']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
