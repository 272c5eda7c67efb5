"""Interoperability checks over every labelled document of ../shared (dev corpus and zoo):

- every ``parse --json`` output is valid against ``resumekit schema`` (the Candidate's JSON Schema);
- every JSON Resume output is valid against the official schema (vendored in tests/data, with the
  project validator's "email" and "uri" formats), and reads back to itself
  (``from_json_resume(j).to_json_resume() == j``);
- redaction leaks none of the labelled names, e-mails and phones: the redacted JSON is searched
  for the label's full name (any case, any spacing), each e-mail (any case) and each phone (its
  last nine digits in any run of digits and separators); parts of the name (words of three letters
  or more, written with a capital) are counted apart;
- what redaction must leave alone stays: titles, employers, institutions, degrees, skills, dates.

    python scripts/check_interop.py [--shared ../shared] [--jobs 2] [-v]

Set-aside documents (../shared/eval/set-aside.txt) are counted in the totals but never named or
detailed. Exit status 1 when any document fails a check.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import resumekit  # noqa: E402
from resumekit.identity import strings  # noqa: E402
from tests.jsonresume_validation import candidate_validator, json_resume_validator, problems  # noqa: E402

CORPORA = (("dev", "corpus/dev"), ("zoo", "zoo"))
EXTS = (".pdf", ".docx", ".txt", ".md")
AS_OF = dt.date(2025, 1, 1)
_RUN = regex.compile(r"\+?\d[\d \t().\-/]{5,}\d")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def leaks(redacted: dict, label: dict) -> Counter:
    """What of the label's name, e-mails and phones the redacted output still holds."""
    out: Counter = Counter()
    texts = list(strings(redacted))
    blob = "\n".join(texts)
    folded = " ".join(blob.casefold().split())
    name = label.get("name")
    if name and " ".join(name.casefold().split()) in folded:
        out["name"] += 1
    if name:
        for part in {w for w in regex.findall(r"\p{L}+", name) if len(w) >= 3}:
            pattern = r"(?<![\p{L}\p{N}])" + regex.escape(part) + r"(?![\p{L}\p{N}])"
            if any(m.group()[0].isupper() for m in regex.finditer(pattern, blob, flags=regex.I)):
                out["name part"] += 1
    for email in label.get("emails") or []:
        if email.casefold() in blob.casefold():
            out["email"] += 1
    runs = [_digits(m.group()) for t in texts for m in _RUN.finditer(t)]
    for phone in label.get("phones") or []:
        tail = _digits(phone)[-9:]
        if len(tail) >= 7 and any(tail in r for r in runs):
            out["phone"] += 1
    return out


def kept(before: dict, after: dict) -> Counter:
    """Fields that redaction must leave alone but changed."""
    out: Counter = Counter()
    for section, keys in (("experience", ("title", "company", "start", "end")),
                          ("education", ("institution", "degree", "start", "end")),
                          ("skills", ("name",))):
        for b, a in zip(before[section], after[section]):
            out.update(f"{section}.{k}" for k in keys if b.get(k) != a.get(k))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="name each tuning document that fails a check")
    a = ap.parse_args(argv)
    aside_file = a.shared / "eval" / "set-aside.txt"
    aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    docs = {}
    for corpus, folder in CORPORA:
        for label in sorted((a.shared / folder / "labels").glob("*.json")):
            path = next((p for ext in EXTS if (p := a.shared / folder / "docs" / f"{label.stem}{ext}").exists()), None)
            if path:
                docs[path] = (corpus, json.loads(label.read_text(encoding="utf-8")))
    if not docs:
        print(f"no labelled documents under {a.shared}")
        return 0
    totals = {c: Counter() for c, _ in CORPORA}
    details: list[str] = []
    options = resumekit.ParseOptions(reference_date=AS_OF)
    for path, c in resumekit.parse_many(list(docs), options, workers=a.jobs):
        corpus, label = docs[path]
        t = totals[corpus]
        t["documents"] += 1
        if isinstance(c, resumekit.ResumekitError):
            t["not parsed"] += 1
            continue
        found = Counter()
        data = json.loads(c.model_dump_json())
        found["invalid --json"] += bool(problems(candidate_validator(), data))
        jr = c.to_json_resume()
        found["invalid JSON Resume"] += bool(problems(json_resume_validator(), jr))
        found["JSON Resume round trip differs"] += resumekit.Candidate.from_json_resume(jr).to_json_resume() != jr
        redacted = json.loads(c.redacted().model_dump_json())
        found["invalid --redact --json"] += bool(problems(candidate_validator(), redacted))
        for what, n in leaks(redacted, label).items():
            found[f"leaked {what}"] += n
        for what, n in kept(data, redacted).items():
            found[f"changed {what}"] += n
        t.update(found)
        t["labelled name"] += bool(label.get("name"))
        t["labelled emails"] += len(label.get("emails") or [])
        t["labelled phones"] += len(label.get("phones") or [])
        t["redactions"] += len(redacted["meta"]["redactions"])
        bad = {k: v for k, v in found.items() if v}
        if path.stem in aside:
            t["set-aside documents with a finding"] += bool(bad)
        elif bad and a.verbose:
            details.append(f"  {path.stem}: " + ", ".join(f"{k} {v}" for k, v in sorted(bad.items())))
    failed = False
    for corpus, t in totals.items():
        if not t:
            continue
        print(f"{corpus}: " + ", ".join(f"{k} {v}" for k, v in t.items()))
        failed |= any(t[k] for k in t if k.startswith(("invalid", "leaked name", "leaked email", "leaked phone",
                                                        "JSON Resume round")) and k != "leaked name part")
    print("\n".join(details))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
