"""Accuracy on layouts nobody wrote: the zoo's fictional people rendered through randomised layouts.

    python scripts/synth_eval.py                       # 200 documents, seed 1, English
    python scripts/synth_eval.py -n 300 --seed 4 --langs en de fr es it --formats txt md pdf docx -v

Each document takes one person's gold label from ``../shared/zoo/labels`` (set-aside ones skipped)
and draws every layout choice at random: heading words (a quarter of the English documents in the
writer's own words) and case, the order of an entry's parts
(title, employer, place, dates) and their separators, date forms in the person's language, the
shape of education, skills, languages, certifications and projects, contact on one line or many,
bullets, and the format (plain text, Markdown, PDF by reportlab, DOCX by python-docx). The
document is parsed in this process and scored by the official scorer's functions against the
label, which holds exactly what was rendered. The report gives the mean overall score and, for
each choice, the mean over the documents that drew each value, worst first: a value far below
the rest names a failure class (a layout, a phrasing) to fix as a class, with invented strings.
It complements the zoo (16 real templates, fixed) with combinations no template holds; it is
regular where real files are messy, so it finds classes, not a number to tune. Deterministic for a
seed. Not part of ``make test``.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
from evaluate import load_scorer  # noqa: E402 - the scorer of ../shared/eval, imported as evaluate.py does

MONTHS = {
    "en": ("January February March April May June July August September October November December",
           "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.", ["Present", "present", "Current", "Now"]),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.", ["heute", "aktuell", "laufend"]),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.", ["aujourd'hui", "présent", "en cours"]),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.", ["actualidad", "presente", "actual"]),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.", ["oggi", "presente", "in corso"]),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.", ["atual", "presente", "o momento"]),
}
HEADINGS = {
    "en": {"summary": ["Summary", "Profile", "About Me", "Professional Summary"],
           "experience": ["Experience", "Work Experience", "Professional Experience", "Employment History",
                          "Career History", "Work History", "Relevant Experience"],
           "education": ["Education", "Academic Background", "Education & Training", "Qualifications"],
           "skills": ["Skills", "Technical Skills", "Core Competencies", "Key Skills", "Skills & Tools"],
           "languages": ["Languages", "Language Skills"],
           "certifications": ["Certifications", "Certificates", "Licenses & Certifications"],
           "projects": ["Projects", "Selected Projects", "Personal Projects"]},
    "de": {"summary": ["Profil", "Kurzprofil"], "experience": ["Berufserfahrung", "Beruflicher Werdegang"],
           "education": ["Ausbildung", "Bildungsweg", "Studium"], "skills": ["Kenntnisse", "Fähigkeiten", "IT-Kenntnisse"],
           "languages": ["Sprachen", "Sprachkenntnisse"], "certifications": ["Zertifikate", "Weiterbildung"],
           "projects": ["Projekte"]},
    "fr": {"summary": ["Profil"], "experience": ["Expérience professionnelle", "Parcours professionnel", "Expériences"],
           "education": ["Formation", "Diplômes"], "skills": ["Compétences", "Compétences techniques"],
           "languages": ["Langues"], "certifications": ["Certifications"], "projects": ["Projets"]},
    "es": {"summary": ["Perfil"], "experience": ["Experiencia laboral", "Experiencia profesional"],
           "education": ["Formación", "Formación académica", "Educación"], "skills": ["Habilidades", "Competencias"],
           "languages": ["Idiomas"], "certifications": ["Certificaciones"], "projects": ["Proyectos"]},
    "it": {"summary": ["Profilo"], "experience": ["Esperienza lavorativa", "Esperienze professionali"],
           "education": ["Istruzione", "Formazione"], "skills": ["Competenze", "Competenze tecniche"],
           "languages": ["Lingue", "Conoscenze linguistiche"], "certifications": ["Certificazioni"], "projects": ["Progetti"]},
    "pt": {"summary": ["Perfil"], "experience": ["Experiência profissional", "Experiência"],
           "education": ["Formação", "Formação académica"], "skills": ["Competências", "Habilidades"],
           "languages": ["Idiomas", "Línguas"], "certifications": ["Certificações"], "projects": ["Projetos"]},
}
OWN_WORDS = {  # headings in the writer's own words (English): no vocabulary phrase, the layout must tell them
    "summary": ["In Brief", "Hello"], "experience": ["Where I've Worked", "Career So Far", "Track Record"],
    "education": ["Where I Studied", "Learning"], "skills": ["What I Use", "Toolkit"],
    "languages": ["Languages I Speak"], "certifications": ["Credentials"], "projects": ["Things I Built", "Side Work"],
}
RANGE_WORD = {"en": " to ", "de": " bis ", "fr": " à ", "es": " a ", "it": " a ", "pt": " a "}
AT = {"en": "at", "de": "bei", "fr": "chez", "es": "en", "it": "presso", "pt": "na"}
BULLETS = ["Delivered the quarterly plan on time and under budget.", "Worked with five teams to improve the handover.",
           "Cut the average turnaround by a fifth within a year.", "Trained new colleagues and wrote the playbook.",
           "Managed relationships with key partners and suppliers.", "Introduced a weekly review that reduced errors."]
SUMMARIES = ["Experienced professional who enjoys clear goals, careful work and helping teams grow.",
             "Practical problem solver with a record of steady results in demanding roles."]
LEVELS = ["native", "fluent", "C1", "B2", "professional working proficiency", "intermediate", "basic"]
DESCRIPTIONS = ["A small tool that tracks shared expenses.", "An open dataset of city bike trips.",
                "A dashboard for weekly sales figures.", "A plugin that checks links in documents."]
ISSUERS = ["Coursera", "PMI", "Amazon Web Services", "Google", "Microsoft"]
CHOICES = {
    "date": ["month", "abbr", "abbr-dot", "slash", "iso", "dot"],
    "dash": [" – ", " - ", " — ", "–", "word"],
    "exp": ["title-company-dash", "company-tab-dates", "pipes", "dates-first", "company-loc-title-paren",
            "title-over-company-dots", "company-dash-title", "dates-tab-title", "three-lines", "caps-company",
            "title-tab-dates"],
    "edu": ["degree-inst-dates", "inst-tab-dates", "degree-over-inst", "pipes", "three-lines", "inst-comma-degree"],
    "skills": ["comma", "bullets", "pipes", "categories"],
    "lang": ["paren", "dash", "plain"],
    "cert": ["bullet", "year", "issuer-dash"],
    "proj": ["name-dash-desc", "name-over-bullet", "bullet-name-colon"],
    "head_case": ["title", "upper", "colon"],
    "contact": ["one-line", "lines"],
    "sep": [" | ", " · ", " • ", ", "],
    "bullet": ["• ", "- ", "– ", "▪ ", "* "],
    "summary": [True, False],
    "headline": [True, False],
    "own_words": [False, False, False, True],  # a quarter of the English documents
}


def _date(value: str | None, c: dict, rnd: random.Random) -> str:
    if not value:
        return ""
    full, abbr, now = MONTHS[c["lang_doc"]]
    if value == "present":
        return rnd.choice(now)
    year, _, month = value.partition("-")
    if not month:
        return year
    m = int(month) - 1
    return {"month": f"{full.split()[m]} {year}", "abbr": f"{abbr.split()[m].rstrip('.')} {year}",
            "abbr-dot": f"{abbr.split()[m]} {year}", "slash": f"{month}/{year}", "iso": f"{year}-{month}",
            "dot": f"{month}.{year}"}[c["date"]]


def _range(entry: dict, c: dict, rnd: random.Random) -> str:
    start, end = _date(entry.get("start"), c, rnd), _date(entry.get("end"), c, rnd)
    dash = RANGE_WORD[c["lang_doc"]] if c["dash"] == "word" else c["dash"]
    return f"{start}{dash}{end}" if start and end else start or end


def _job(e: dict, c: dict, rnd: random.Random) -> list[tuple[str, str]]:
    """A job's lines as (text, role), role head / sub / bullet; a tab sets the rest flush right."""
    t, co, place, d = e["title"], e["company"], e.get("location"), _range(e, c, rnd)
    at = f", {place}" if place else ""
    lines = {
        "title-company-dash": [(f"{t}, {co}" + (f" — {place}" if place else ""), "head"), (d, "sub")],
        "company-tab-dates": [(f"{co}\t{d}", "head"), (t + (f"\t{place}" if place else ""), "sub")],
        "pipes": [(" | ".join(x for x in (t, co, place, d) if x), "head")],
        "dates-first": [(d, "sub"), (f"{t} {AT[c['lang_doc']]} {co}{at}", "head")],
        "company-loc-title-paren": [(f"{co}{at}", "head"), (f"{t} ({d})", "sub")],
        "title-over-company-dots": [(t, "head"), (" · ".join(x for x in (co, place, d) if x), "sub")],
        "company-dash-title": [(f"{co} — {t}", "head"), (" | ".join(x for x in (d, place) if x), "sub")],
        "dates-tab-title": [(f"{t}, {co}{at}\t{d}", "head")],
        "three-lines": [(t, "head"), (f"{co} | {place}" if place else co, "sub"), (d, "sub")],
        "caps-company": [(co.upper(), "head"), (f"{t}, {d}", "sub")],
        "title-tab-dates": [(f"{t}\t{d}", "head"), (f"{co}{at}", "sub")],
    }[c["exp"]]
    return lines + [(c["bullet"] + b, "bullet") for b in rnd.sample(BULLETS, rnd.randint(1, 3))]


def _degree(e: dict, c: dict, rnd: random.Random) -> list[tuple[str, str]]:
    school, degree, d = e["institution"], e["degree"], _range(e, c, rnd)
    lines = {
        "degree-inst-dates": [(", ".join(x for x in (degree, school, d) if x), "head")],
        "inst-tab-dates": [(f"{school}\t{d}" if d else school, "head"), (degree, "sub")],
        "degree-over-inst": [(degree, "head"), (f"{school} — {d}" if d else school, "sub")],
        "pipes": [(" | ".join(x for x in (degree, school, d) if x), "head")],
        "three-lines": [(degree, "head"), (school, "sub")] + ([(d, "sub")] if d else []),
        "inst-comma-degree": [(f"{school}, {degree}" + (f" ({d})" if d else ""), "head")],
    }[c["edu"]]
    return lines + ([(f"GPA: {e['grade']}", "sub")] if e.get("grade") else [])


def _section(kind: str, items: list, c: dict, rnd: random.Random) -> list[tuple[str, str]]:
    b = c["bullet"]
    if kind == "experience":
        return [line for e in items for line in _job(e, c, rnd)]
    if kind == "education":
        return [line for e in items for line in _degree(e, c, rnd)]
    if kind == "skills":
        half = (len(items) + 1) // 2
        return {"comma": [(", ".join(items), "sub")], "bullets": [(b + s, "bullet") for s in items],
                "pipes": [(" | ".join(items), "sub")],
                "categories": [("Core: " + ", ".join(items[:half]), "sub"), ("Tools: " + ", ".join(items[half:]), "sub")],
                }[c["skills"]]
    if kind == "languages":
        levels = [LEVELS[k % len(LEVELS)] for k in rnd.sample(range(len(LEVELS)), min(len(items), len(LEVELS)))]
        levels += [LEVELS[0]] * (len(items) - len(levels))
        return {"paren": [(", ".join(f"{n} ({v})" for n, v in zip(items, levels)), "sub")],
                "dash": [(f"{n} – {v}", "sub") for n, v in zip(items, levels)],
                "plain": [(", ".join(items), "sub")]}[c["lang"]]
    if kind == "certifications":
        return {"bullet": [(b + x, "bullet") for x in items],
                "year": [(f"{x}, {2015 + k}", "sub") for k, x in enumerate(items)],
                "issuer-dash": [(f"{x} — {rnd.choice(ISSUERS)}", "sub") for x in items]}[c["cert"]]
    names = [p["name"] if isinstance(p, dict) else p for p in items]
    out = []
    for k, name in enumerate(names):
        desc = DESCRIPTIONS[k % len(DESCRIPTIONS)]
        out += {"name-dash-desc": [(f"{name} — {desc}", "head")],
                "name-over-bullet": [(name, "head"), (b + desc, "bullet")],
                "bullet-name-colon": [(f"{b}{name}: {desc}", "bullet")]}[c["proj"]]
    return out


def compose(label: dict, rnd: random.Random) -> tuple[dict, list, list]:
    """The layout choices, the header lines and the sections [(kind, heading, lines)] of one document."""
    c = {k: rnd.choice(v) for k, v in CHOICES.items()}
    c["lang_doc"] = label.get("language") if label.get("language") in HEADINGS else "en"
    c["own_words"] = c["own_words"] and c["lang_doc"] == "en"
    words = OWN_WORDS if c["own_words"] else HEADINGS[c["lang_doc"]]
    header = [(label["name"], "name")]
    if c["headline"] and label.get("experience"):
        header.append((label["experience"][0]["title"], "sub"))
    contact = [x for x in (label.get("location"), *(label.get("emails") or []), *(label.get("phones") or []),
                           *(label.get("links") or [])) if x]
    header += [(c["sep"].join(contact), "sub")] if c["contact"] == "one-line" else [(x, "sub") for x in contact]
    tail = ["skills", "projects", "certifications", "languages"]
    rnd.shuffle(tail)
    order = (["experience", "education"] if rnd.random() < 0.7 else ["education", "experience"]) + tail
    sections = [("summary", rnd.choice(words["summary"]), [(rnd.choice(SUMMARIES), "sub")])] if c["summary"] else []
    for kind in order:
        if label.get(kind):
            sections.append((kind, rnd.choice(words[kind]), _section(kind, label[kind], c, rnd)))
    return c, header, sections


def _heading(word: str, c: dict) -> str:
    return {"title": word, "upper": word.upper(), "colon": word + ":"}[c["head_case"]]


def write_text(path: Path, c: dict, header: list, sections: list, markdown: bool) -> None:
    out = [("# " if markdown else "") + header[0][0]] + [t for t, _ in header[1:]] + [""]
    for _kind, word, lines in sections:
        out += [("## " if markdown else "") + _heading(word, c), ""]
        previous = None
        for text, role in lines:
            if role == "head" and previous == "bullet" and not markdown:
                out.append("")
            out.append(text.replace("\t", "   "))
            previous = role
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def write_pdf(path: Path, c: dict, header: list, sections: list, rnd: random.Random) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.ttfonts import TTFont
    fonts = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")]
    try:  # reportlab's own Vera (Unicode beyond Latin-1: "Büşra Şahin"); the core fonts where it lacks them
        for name, file in (("Vera", "Vera.ttf"), ("Vera-B", "VeraBd.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, file))
        fonts.append(("Vera", "Vera-B"))
    except Exception:  # noqa: BLE001
        pass
    body, bold = rnd.choice(fonts)
    c["pdf_heading"] = rnd.choice(["bold-caps", "bold-large", "colour-rule", "caps-only"])
    cv = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    y = [800.0]

    def put(text: str, font: str = body, size: float = 10, x: float = 50, colour: str = "#000000", gap: float = 13.5):
        left, _, right = text.partition("\t")
        room = 545 - x - (stringWidth(right, font, size) + 20 if right else 0)
        rows, row = [], ""
        for w in left.split(" "):
            trial = f"{row} {w}" if row else w
            if row and stringWidth(trial, font, size) > room:
                rows.append(row)
                row = w
            else:
                row = trial
        rows.append(row)
        for k, part in enumerate(rows):
            if y[0] < 60:
                cv.showPage()
                y[0] = 800.0
            cv.setFillColor(HexColor(colour))
            cv.setFont(font, size)
            cv.drawString(x + (10 if k else 0), y[0], part)
            if right and k == 0:
                cv.drawRightString(545, y[0], right)
            y[0] -= gap if k == len(rows) - 1 else 12.5
    put(header[0][0], bold, 18, gap=20)
    for text, _ in header[1:]:
        put(text, size=9.5)
    y[0] -= 8
    for _kind, word, lines in sections:
        word = _heading(word, c)
        y[0] -= 6
        style = c["pdf_heading"]
        if style == "bold-caps":
            put(word.upper(), bold, 11, gap=15)
        elif style == "bold-large":
            put(word, bold, 13, gap=16)
        elif style == "colour-rule":
            put(word, bold, 11.5, colour="#1f4e79", gap=4)
            cv.setStrokeColor(HexColor("#1f4e79"))
            cv.line(50, y[0], 545, y[0])
            y[0] -= 12
        else:
            put(word.upper(), body, 10.5, gap=15)
        for text, role in lines:
            if role == "bullet":
                put(text, size=9.5, x=62, gap=12.5)
            else:
                put(text, bold if role == "head" else body, 10)
    cv.save()


def write_docx(path: Path, c: dict, header: list, sections: list, rnd: random.Random) -> None:
    """Paragraphs in one flow, or a layout table of two cells: a narrow sidebar (contact, skills,
    languages, certifications) beside the main column (the rest), as Word templates set it."""
    import docx
    from docx.shared import Pt, Cm
    document = docx.Document()
    c["docx_heading"] = rnd.choice(["heading-style", "bold-para"])
    c["docx_layout"] = rnd.choice(["flow", "flow", "sidebar-table"])
    run = document.add_paragraph().add_run(header[0][0])
    run.bold, run.font.size = True, Pt(18)
    main = side = document
    if c["docx_layout"] == "sidebar-table":
        table = document.add_table(rows=1, cols=2)
        side, main = table.cell(0, 0), table.cell(0, 1)
        side.width, main.width = Cm(5.5), Cm(12)
    for text, _ in header[1:]:
        side.add_paragraph(text)

    def add(where, kind_word, lines):
        word = _heading(kind_word, c)
        if c["docx_heading"] == "heading-style":
            where.add_paragraph(word, style="Heading 1")
        else:
            r = where.add_paragraph().add_run(word.upper())
            r.bold, r.font.size = True, Pt(12)
        for text, role in lines:
            if role == "bullet":
                where.add_paragraph(text[len(c["bullet"]):], style="List Bullet")
            else:
                where.add_paragraph().add_run(text).bold = role == "head"
    for kind, word, lines in sections:
        add(side if kind in ("skills", "languages", "certifications") else main, word, lines)
    if c["docx_layout"] == "sidebar-table":
        for cell in (side, main):  # (a new cell holds one empty paragraph first)
            first = cell.paragraphs[0]
            if not first.text and len(cell.paragraphs) > 1:
                first._element.getparent().remove(first._element)
    document.save(str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-n", type=int, default=200, help="documents to render")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", nargs="+", default=["txt", "md", "pdf", "docx"], choices=["txt", "md", "pdf", "docx"])
    ap.add_argument("--langs", nargs="+", default=["en"], choices=sorted(HEADINGS))
    ap.add_argument("--out", type=Path, help="keep the documents, labels and report here (default: a temporary folder)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the worst documents' problems too")
    a = ap.parse_args(argv)
    import resumekit
    score = load_scorer(a.shared)
    aside = set((a.shared / "eval" / "set-aside.txt").read_text(encoding="utf-8").split())
    people = [label for p in sorted((a.shared / "zoo" / "labels").glob("*.json"))
              if p.stem not in aside and (label := json.loads(p.read_text(encoding="utf-8"))).get("language") in a.langs]
    if not people:
        ap.error("no zoo labels in those languages")
    rnd = random.Random(a.seed)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp)
        (out / "docs").mkdir(parents=True, exist_ok=True)
        for i in range(a.n):
            label = dict(rnd.choice(people))
            fmt = rnd.choice(a.formats)
            c, header, sections = compose(label, rnd)
            doc = out / "docs" / f"synth-{i:03d}.{fmt}"
            if fmt in ("txt", "md"):
                write_text(doc, c, header, sections, markdown=fmt == "md")
            elif fmt == "pdf":
                write_pdf(doc, c, header, sections, rnd)
            else:
                write_docx(doc, c, header, sections, rnd)
            c["format"] = fmt
            try:
                raw = json.loads(resumekit.parse(doc).model_dump_json())
            except resumekit.ResumekitError:
                raw = {}
            counters, attrs = score.new_counters()
            problems = score.score_doc(label, score.adapt(raw), raw, counters, attrs)
            rows.append({"id": doc.stem, "overall": score.table(counters, attrs)[1], "choices": c, "problems": problems})
        if a.out:
            (out / "report.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"documents: {len(rows)}  mean overall: {statistics.mean(r['overall'] for r in rows):.3f}")
    for key in ["format", "lang_doc", *CHOICES, "pdf_heading", "docx_heading", "docx_layout"]:
        groups: dict[str, list[float]] = {}
        for r in rows:
            if key in r["choices"]:
                groups.setdefault(str(r["choices"][key]), []).append(r["overall"])
        ranked = sorted(groups.items(), key=lambda kv: statistics.mean(kv[1]))
        print(f"{key:13} " + "  ".join(f"{k}={statistics.mean(v):.3f} ({len(v)})" for k, v in ranked))
    if a.verbose:
        for r in sorted(rows, key=lambda r: r["overall"])[:15]:
            print(f"--- {r['id']} {r['overall']:.3f} {r['choices']['format']}")
            for p in r["problems"][:8]:
                print("    " + p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
