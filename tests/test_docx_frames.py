"""DOCX bodies made of positioned text frames (a PDF converted to Word) read by geometry
(:mod:`resumekit.extract.docx.frames`): invented frames, built as raw WordprocessingML."""
from xml.sax.saxutils import escape

import pytest

import resumekit
from resumekit.extract.docx import frames as fr

from .hostile import docx_bytes

NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
EMU = 12700


def _anchor(x: float, y: float, w: float, h: float, graphic: str) -> str:
    return (f'<mc:AlternateContent {NS}><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="1">'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(x * EMU)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y * EMU)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{int(w * EMU)}" cy="{int(h * EMU)}"/><a:graphic><a:graphicData>{graphic}'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>')


def frame(x: float, y: float, text: str, size: float = 10.0, bold: bool = False, w: float | None = None,
          h: float | None = None) -> str:
    """A text frame of one line at (x, y) points, as LibreOffice's PDF import writes one (a little
    wider than its text)."""
    w = w if w is not None else 0.62 * size * len(text) + 4
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
    body = (f'<wps:wsp><wps:spPr><a:noFill/></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>{rpr}'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            '<wps:bodyPr lIns="0" rIns="0" tIns="0" bIns="0"/></wps:wsp>')
    return _anchor(x, y, w, h if h is not None else 1.2 * size, body)


def dot(x: float, y: float, d: float = 3.0) -> str:
    """A small filled shape without text: a drawn list bullet."""
    return _anchor(x, y, d, d, '<wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="333333"/></a:solidFill>'
                               '</wps:spPr><wps:bodyPr/></wps:wsp>')


def doc_of(*drawings: str, flow: str = "") -> resumekit.Document:
    """The document of one paragraph anchoring every drawing (a converter's habit), after ``flow``."""
    body = flow + f'<w:p><w:r>{"".join(drawings)}</w:r></w:p>'
    return resumekit.extract(docx_bytes(body))


def texts(doc) -> list[str]:
    return [l.text for l in doc.lines]


# two columns written line by line across the page, by their tops (LibreOffice's order)
SIDEBAR = [(40, 100, "CONTACT", 12, True), (200, 100, "EXPERIENCE", 12, True),
           (40, 118, "555-0142"), (200, 118, "Kiln Technician", 11, True),
           (40, 132, "quill@example.com"), (200, 134, "Harrow Ceramics, Leeds"),
           (40, 160, "SKILLS", 12, True), (200, 148, "Loaded and fired the salt kilns"),
           (40, 178, "Glaze chemistry"), (200, 170, "Studio Assistant", 11, True),
           (40, 192, "Raku firing"), (200, 186, "Pellow Pottery, York")]


@pytest.mark.parametrize("frames, expected", [
    # the sidebar read down, then the main column, not line by line across
    (SIDEBAR, ["CONTACT", "555-0142", "quill@example.com", "SKILLS", "Glaze chemistry", "Raku firing",
               "EXPERIENCE", "Kiln Technician", "Harrow Ceramics, Leeds", "Loaded and fired the salt kilns",
               "Studio Assistant", "Pellow Pottery, York"]),
    # a date set right on a title's baseline, in a frame of its own, stays on the title's line
    ([(40, 80, "EXPERIENCE", 12, True), (40, 100, "Kiln Technician", 11, True), (380, 100, "2019 – 2023"),
      (40, 114, "Harrow Ceramics"), (40, 128, "Glaze Tester", 11, True), (380, 128, "2016 – 2019"),
      (40, 142, "Pellow Pottery"), (40, 170, "EDUCATION", 12, True), (40, 190, "BA Ceramics, Northfield")],
     ["EXPERIENCE", "Kiln Technician\t2019 – 2023", "Harrow Ceramics", "Glaze Tester\t2016 – 2019",
      "Pellow Pottery", "EDUCATION", "BA Ceramics, Northfield"]),
    # letter-spaced capitals typed apart, their words apart by wider spaces, made words again
    ([(40, 60, "R O W A N   Q U I L L", 24), (40, 100, "W O R K   H I S T O R Y", 12, True),
      (40, 120, "Kiln Technician"), (40, 134, "Harrow Ceramics"), (40, 148, "2019 – 2023"),
      (40, 176, "E D U C A T I O N", 12, True), (40, 196, "BA Ceramics"), (40, 210, "Northfield College"),
      (40, 224, "2015 – 2018")],
     ["ROWAN QUILL", "WORK HISTORY", "Kiln Technician", "Harrow Ceramics", "2019 – 2023", "EDUCATION",
      "BA Ceramics", "Northfield College", "2015 – 2018"]),
])
def test_frames_are_read_by_where_they_sit(frames, expected):
    doc = doc_of(*(frame(*f) for f in frames))
    assert texts(doc) == expected
    assert all(l.origin == "frame" for l in doc.lines)


def test_the_pages_of_one_anchor_paragraph_come_apart_where_the_tops_start_again():
    # both pages anchored in one paragraph, each written top to bottom: page 2 starts where the
    # offsets go back up the page, and its sidebar is not read beside page 1's
    page1 = [(40, 80, "ROWAN QUILL", 20), (40, 120, "EXPERIENCE", 12, True), (40, 140, "Kiln Technician"),
             (40, 700, "Harrow Ceramics, Leeds")]
    page2 = [(40, 60, "EDUCATION", 12, True), (40, 80, "BA Ceramics"), (40, 94, "Northfield College"),
             (40, 122, "SKILLS", 12, True), (40, 142, "Raku firing"), (40, 156, "Glaze chemistry")]
    doc = doc_of(*(frame(*f) for f in page1 + page2))
    assert texts(doc) == ["ROWAN QUILL", "EXPERIENCE", "Kiln Technician", "Harrow Ceramics, Leeds",
                          "EDUCATION", "BA Ceramics", "Northfield College", "SKILLS", "Raku firing",
                          "Glaze chemistry"]
    assert [l.page for l in doc.lines] == [1] * 4 + [2] * 6


def test_drawn_dots_before_lines_are_their_bullets():
    lines = [(40, 80, "EXPERIENCE", 12, True), (40, 100, "Kiln Technician", 11, True),
             (52, 116, "Loaded the salt kilns"), (52, 130, "Mixed the glazes"), (52, 144, "Kept the firing log"),
             (40, 172, "EDUCATION", 12, True), (40, 192, "BA Ceramics"), (40, 206, "Northfield College")]
    dots = [dot(44, 119.5), dot(44, 133.5), dot(44, 147.5)]
    doc = doc_of(*(frame(*f) for f in lines), *dots)
    assert [(l.text, l.bullet) for l in doc.lines][2:5] == [
        ("Loaded the salt kilns", True), ("Mixed the glazes", True), ("Kept the firing log", True)]
    assert not any(l.bullet for l in doc.lines[:2] + doc.lines[5:])


@pytest.mark.parametrize("marker_dy, marker_h", [(2.6, 11.8), (0.0, 12.8), (-1.5, 14.0)])
def test_a_bullet_frame_of_its_own_sits_on_the_line_it_marks(marker_dy, marker_h):
    # a converter writes each bullet as a frame of its own in its symbol font, a little off the
    # text's top and height: the list stays one block, and the heading after the gap its own
    items = [(52, 100 + 11 * k, t) for k, t in enumerate(["Loaded the salt kilns", "Mixed the glazes",
                                                           "Kept the firing log"])]
    marks = [frame(40, 100 + 11 * k + marker_dy, "\u2022", w=4.7, h=marker_h) for k in range(3)]
    heading = [(40, 142, "Experience"), (40, 164, "Kiln Technician at Harrow Ceramics")]
    doc = doc_of(*(frame(*f) for f in items), *marks, *(frame(*f) for f in heading))
    lines = [l for l in doc.lines]
    assert [(l.text, l.bullet) for l in lines[:3]] == [("Loaded the salt kilns", True), ("Mixed the glazes", True),
                                                       ("Kept the firing log", True)]
    assert len({l.block for l in lines[:3]}) == 1
    assert lines[3].text == "Experience" and lines[3].block != lines[2].block


@pytest.mark.parametrize("drawings, flow", [
    # a masthead and a sidebar box beside a body written in the flow: the walk's reading stands
    ([(40, 10, "ROWAN QUILL", 20), (400, 60, "quill@example.com")],
     "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in
             ["EXPERIENCE", "Kiln Technician at Harrow Ceramics, Leeds, where I loaded and fired the kilns",
              "EDUCATION", "BA Ceramics, Northfield College, 2015 – 2018"])),
    # frames enough, but most of the text is in the flow
    ([(40, 10 + 14 * k, f"Line {k}") for k in range(8)],
     "".join(f"<w:p><w:r><w:t>{'A long paragraph of the flow about glazes and kilns. ' * 3}</w:t></w:r></w:p>"
             for _ in range(4))),
])
def test_a_body_that_is_not_mostly_frames_is_read_as_before(drawings, flow):
    doc = doc_of(*(frame(*f) for f in drawings), flow=flow)
    assert not any(l.origin.startswith("frame") for l in doc.lines)


def _frames(*boxes) -> list:
    return [fr._Frame(lines=[], x0=x, top=y, width=w, height=h, order=k) for k, (x, y, w, h) in enumerate(boxes)]


@pytest.mark.parametrize("boxes, pages", [
    # top to bottom: a jump up of more than half the page starts a page; a small one does not
    ([(40, 100, 100, 12), (40, 700, 100, 12), (40, 80, 100, 12), (300, 80, 100, 12)], [1, 1, 2, 2]),
    ([(40, 100, 100, 12), (40, 300, 100, 12), (300, 290, 100, 12), (40, 320, 100, 12), (40, 500, 100, 12)],
     [1, 1, 1, 1, 1]),
    # in drawing order: the next page starts at the last jump up before a frame that overlaps one
    # of this page (the main column, then the sidebar drawn after it, then page 2)
    ([(200, 100, 300, 12), (200, 700, 300, 12), (40, 120, 100, 12), (40, 650, 100, 12), (40, 300, 100, 12),
      (200, 98, 300, 12), (40, 100, 100, 12)], [1, 1, 1, 1, 1, 2, 2]),
    # ... and a page with no overlap is one page, whatever its order
    ([(200, 100, 300, 12), (200, 700, 300, 12), (40, 120, 100, 12), (40, 650, 100, 12), (40, 300, 100, 12),
      (200, 400, 300, 12)], [1, 1, 1, 1, 1, 1]),
])
def test_pages_of_frames(boxes, pages):
    frames = _frames(*boxes)
    fr._paginate(frames, [], fr.SectionGeom(page_height=792.0))
    assert [f.page for f in frames] == pages


@pytest.mark.parametrize("text, runs_text, expected", [
    ("Kiln Technician 2019", None, [(False, False)] * 20),
    # a bold title, then a plain year: each letter's weight from the runs, spaces with the letter before
    ("Kiln 2019", (("Kiln ", True), ("2019", False)), [(True, False)] * 5 + [(False, False)] * 4),
])
def test_bold_map(text, runs_text, expected):
    from resumekit.document import Line, Run
    line = Line(text=text, runs=tuple(Run(t, b) for t, b in runs_text) if runs_text else ())
    assert fr._bold_map(line, text) == expected


@pytest.mark.parametrize("text, expected", [
    # TeX's built accents, written by a converter as a spacing accent beside the letter, either side
    ("Sol`ene Marchand", "Solène Marchand"),
    ("T´el´ephone", "Téléphone"),
    ("Fran¸cais", "Français"),                 # a cedilla goes to the c, whichever side
    ("EXP E´RIENCE", "EXP ÉRIENCE"),           # an acute goes to the vowel
    ("Maison Deˆule", "Maison Deûle"),         # between two vowels, the one after
    ("de janv. 2018 `a aujourd’hui", "de janv. 2018 à aujourd’hui"),
    ("Kadlcˇ´ik", "Kadlčík"),                  # a caron goes to the consonant
    ("S¸tefan", "Ştefan"),
    # nothing to build: no letter it composes with, or no accent
    ("code `x`", "code `x`"),
    ("´", "´"),
    ("C++ ^ and ~ stay", "C++ ^ and ~ stay"),
])
def test_built_accents(text, expected):
    got, marks = fr._accented(text, list(range(len(text))))
    assert got == expected and len(marks) == len(got)


def runs_frame(x: float, y: float, runs: list[tuple[str, str]], size: float = 10.0) -> str:
    """A frame of one line written as several runs, each (text, extra run properties)."""
    body = "".join(f'<w:r><w:rPr><w:sz w:val="{int(size * 2)}"/>{extra}</w:rPr><w:t xml:space="preserve">'
                   f'{escape(text)}</w:t></w:r>' for text, extra in runs)
    w = 0.62 * size * sum(len(t) for t, _ in runs) + 4
    return _anchor(x, y, w, 1.2 * size, f'<wps:wsp><wps:spPr><a:noFill/></wps:spPr><wps:txbx><w:txbxContent>'
                                        f'<w:p>{body}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>')


@pytest.mark.parametrize("runs, expected", [
    # the words of a name set apart by position alone: a run each, formatted alike -> a space
    ([("ROWAN", '<w:b/><w:color w:val="000000"/>'), ("QUILL", '<w:color w:val="000000"/><w:b/>')], "ROWAN QUILL"),
    ([("Rowan", ""), ("Mae", ""), ("Quill", "")], "Rowan Mae Quill"),
    # a first letter in another colour, punctuation after a word, ideographs: no space
    ([("Edu", '<w:color w:val="6CE0F1"/>'), ("cation", '<w:color w:val="4D4D4D"/>')], "Education"),
    ([("Harrow Ceramics", ""), (", Leeds", "")], "Harrow Ceramics, Leeds"),
    ([("Kiln", "<w:i/>"), ("2019", "")], "Kiln2019"),
    ([("陶艺", ""), ("学院", "")], "陶艺学院"),
])
def test_runs_formatted_alike_that_meet_between_letters_are_two_words(runs, expected):
    rest = [frame(40, 40 + 14 * k, f"Line {k} of the frame") for k in range(1, 9)]
    doc = doc_of(runs_frame(40, 20, runs), *rest)
    assert texts(doc)[0] == expected


@pytest.mark.parametrize("parts, expected", [
    # one printed line cut into frames at its wider gaps, each frame padded past the next one's start
    ([(40, "BA Ceramics,", 58), (98, "Northfield College", 100)], "BA Ceramics, Northfield College"),
    ([(40, "Loaded and fired", 72), (112, "the salt kilns", 55), (167, "every week", 50)],
     "Loaded and fired the salt kilns every week"),
    # a frame broken after a TeX accent built beside its letter: inside a word (the accent goes
    # to a letter of its own frame)
    ([(40, "Maison Deˆ", 50), (90, "ule & Fils, Roubaix", 90)], "Maison Dêule & Fils, Roubaix"),
    # letters kerned one by one into a logo, a frame each, each starting inside the one before
    ([(40, "Typeset in", 50), (90, "T", 4.6), (94.6, "E", 5.2), (99.8, "X", 7.5)], "Typeset in TEX"),
])
def test_frames_of_one_line_padded_over_each_other_keep_their_word_spaces(parts, expected):
    # (x, text, the step to the next frame's start: the text's real width and a space; each frame
    # is a fifth wider than that, as a converter measures it in another font)
    line = [frame(x, 100, text, w=1.2 * step) for x, text, step in parts]
    rest = [frame(40, 130 + 14 * k, f"Line {k} of the frame") for k in range(8)]
    doc = doc_of(*line, *rest)
    assert texts(doc)[0] == expected


def coloured_frame(x: float, y: float, text: str, color: str, size: float = 10.0) -> str:
    """A one-line frame whose run sets its colour (``w:color``), as a converter writes every run."""
    rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/><w:color w:val="{color}"/></w:rPr>'
    body = (f'<wps:wsp><wps:spPr><a:noFill/></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>{rpr}'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            '<wps:bodyPr lIns="0" rIns="0" tIns="0" bIns="0"/></wps:wsp>')
    return _anchor(x, y, 0.62 * size * len(text) + 4, 1.2 * size, body)


def band(x: float, y: float, w: float, h: float, color: str = "1F3A5F") -> str:
    return _anchor(x, y, w, h, f'<wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
                               '</wps:spPr><wps:bodyPr/></wps:wsp>')


def picture(x: float, y: float, w: float, h: float) -> str:
    return _anchor(x, y, w, h, '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                               '<pic:blipFill><a:blip/></pic:blipFill></pic:pic>')


# a converted PDF's white text: white letters over a frame of another colour, on white paper, are
# the PDF's invisible text (a template's leftovers on the name's line) and are left out; over a
# dark band drawn under them, or a picture whose colours are not read, they are read; white text
# over no other frame is never judged (a converter loses the band white headings stood on)
PAGE = [(40, 100, "EXPERIENCE", 12, True), (40, 120, "Kiln Technician"), (40, 134, "Harrow Ceramics"),
        (40, 148, "2019 – 2023"), (40, 176, "EDUCATION", 12, True), (40, 196, "BA Ceramics"),
        (40, 210, "Northfield College"), (40, 224, "2015 – 2018")]


@pytest.mark.parametrize("under, kept", [
    ([], False),
    ([band(30, 30, 200, 40)], True),
    ([picture(30, 30, 200, 40)], True),
])
def test_white_frames_over_text_on_white_paper_are_hidden(under, kept):
    drawings = [band(0, 700, 600, 20, "DDDDDD"), *under, frame(40, 40, "Rowan Quill", 26),
                coloured_frame(66, 48, "Bl", "FFFFFF"), frame(40, 76, "Lead Glazer", 12),
                coloured_frame(320, 50, "Qx", "FFFFFF")]
    doc = doc_of(*drawings, *(frame(*f) for f in PAGE))
    head = texts(doc)[0]
    assert ("B" in head) == kept
    if not kept:
        assert head == "Rowan Quill\tQx"
    assert texts(doc)[-len(PAGE):] == [f[2] for f in PAGE]
