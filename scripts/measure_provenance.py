"""How complete and how exact ``meta.provenance`` is, on a labelled corpus.

    python scripts/measure_provenance.py dev zoo --shared ../shared --jobs 2

Coverage: the share of non-empty values (:func:`resumekit.fields.provenance.traced_pointers`: the
name, headline, summary, each contact value, each list item) that have a record, and the records
by origin. Boxes: on PDFs, the share of the name's and the contact values' boxes that, cropped
from the page, contain the value's text (:func:`shows`: the characters whose centre lies in the
box, compared folded as :mod:`resumekit.fields.locate` compares; hidden text left out as the
extractor leaves it out); a link whose target is printed nowhere (an icon's link) is counted
apart: its box is the link's area. Set-aside documents
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
from resumekit.extract.pdf.hidden import overrule, split_hidden
from resumekit.extract.pdf.paint import read_page
from resumekit.fields.locate import fold
from resumekit.fields.provenance import traced_pointers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import documents  # noqa: E402  (the same corpus walk as scripts/evaluate.py)


def value_texts(c: resumekit.Candidate, pointer: str) -> list[str]:
    """The texts that show the value at ``pointer`` on the page (any one will do): for a link its
    URL with and without scheme, and the text it sat on."""
    parts = pointer.strip("/").split("/")
    if parts == ["name"]:
        words = (c.name or "").split()  # (also as a surname-first line prints it: "DOE, Jane")
        return [" ".join(words[k:] + words[:k]) for k in range(len(words))] or [""]
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


def visible_glyphs(page) -> list:
    """The page's glyphs a reader sees: what the extractor keeps (hidden text left out, as
    :mod:`resumekit.extract.pdf.hidden` decides), so a crop shows what a person would."""
    return overrule(*split_hidden(read_page(page)))[0]


def crop_text(glyphs: list, box: list[float]) -> str:
    """The text of the ``glyphs`` whose centre lies inside ``box`` ([x0, top, x1, bottom]), row by
    row from the top, each row from the left."""
    x0, top, x1, bottom = box
    inside = sorted((g for g in glyphs if not g.icon and x0 <= (g.x0 + g.x1) / 2 <= x1
                     and top <= (g.top + g.bottom) / 2 <= bottom), key=lambda g: (g.top + g.bottom) / 2)
    rows: list[list] = []
    for g in inside:
        if rows and (g.top + g.bottom) / 2 - (rows[-1][0].top + rows[-1][0].bottom) / 2 < 0.5 * (g.bottom - g.top):
            rows[-1].append(g)
        else:
            rows.append([g])
    return "\n".join("".join(g.text for g in sorted(row, key=lambda g: g.x0)) for row in rows)


def shows(glyphs: list, box: list[float], texts: list[str]) -> bool:
    """Does the crop of ``box`` hold one of ``texts``? Compared folded; an address over several
    lines is shown when each of its comma-separated parts is."""
    crop = fold(crop_text(glyphs, box))[0]
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
                seen: dict[int, list] = {}
                for p in contact_pointers(c):
                    rec = c.meta.provenance.get(p)
                    if rec is not None and rec.origin == "link" and not rec.lines:
                        s["link areas"] += 1  # not printed: the target of a link on an icon
                        continue
                    s["boxes"] += 1
                    if rec is None or rec.box is None:
                        s["boxes without box"] += 1
                        misses.append(f"no box: {p} ({rec.origin if rec else 'no record'})")
                        continue
                    if rec.page not in seen:
                        seen[rec.page] = visible_glyphs(pdf.pages[rec.page - 1])
                    ok = shows(seen[rec.page], rec.box, value_texts(c, p))
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
                  f"({s['boxes shown'] / s['boxes']:.1%}); without a box: {s['boxes without box']}; not printed (a link "
                  f"on an icon: the box is the link's area): {s['link areas']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
