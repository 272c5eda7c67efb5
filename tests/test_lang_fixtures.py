"""The fixtures of fixtures/langs (built by make_lang_fixtures.py): résumés in Portuguese from
Portugal and Brazil, Spanish from Colombia and Polish, in the layouts templates use (table rows,
contact only in the page header, two columns, plain bold/italic lines, a left date column,
"Employer, Title ⇥ dates" rows). Each entry, school, language, phone and place is checked as the
page prints it; the golden snapshots pin the rest.

Known misreadings whose cause is in the readers, not the vocabulary, are marked xfail (strict: a
fix shows up as a pass to turn into a plain case)."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import cached_parser, row_params, xfail
from .test_nordic_fixtures import EXPERIENCE as NORDIC

LANGS = FIXTURES / "langs"

# (title, company, start, end) as printed; "present" for an ongoing role
EXPERIENCE = {
    "pt-tabela-linhas.docx": [
        ("Enfermeira Especialista", "Centro Hospitalar do Baixo Mondego, E.P.E.", "2021-09", "present"),
        ("Enfermeira", "Clínica Pediátrica Maré Alta, Lda.", "2017-02", "2021-08"),
        ("Enfermeira Estagiária", "Unidade de Saúde Familiar Pinhal Verde", "2016-07", "2017-01"),
    ],
    "pt-cabecalho.docx": [
        ("Desenvolvedor Back-end Sênior", "Pequi Pagamentos S.A.", "2022-03", "present"),
        ("Desenvolvedor Pleno", "Jabuticaba Software Ltda.", "2019-01", "2022-02"),
        ("Estagiário em Desenvolvimento", "Prefeitura de Lagoa Serena", "2017-06", "2018-12"),
    ],
    "pt-duas-colunas.docx": [
        ("Contabilista Certificada", "Gomes & Filhos, Lda.", "2020-03", "present"),
        ("Técnica de Contabilidade", "Contaminho – Serviços de Contabilidade, Unipessoal Lda.", "2017-01", "2020-02"),
        ("Estagiária", "Almeida, Sá & Associados, SROC, Lda.", "2016-09", "2016-12"),
    ],
    "pt-simples.docx": [
        ("Coordenadora Pedagógica", "Colégio Ipê Amarelo", "2021-02", "present"),
        ("Professora de Matemática", "Escola Estadual Professora Marta Rocha", "2015-03", "2020-12"),
        ("Monitora de Matemática", "Cursinho Comunitário Saber Mais", "2013-08", "2014-12"),
    ],
    "pt-coluna-datas.pdf": [
        ("Engenheiro Civil", "Construções Ribeiro & Neves, Lda.", "2020-10", "present"),
        ("Engenheiro Estagiário", "Câmara Municipal de Ribeira Alta", "2017-03", "2020-09"),
        ("Desenhador Projetista", "Gabinete Traço Fino", "2016-06", "2017-02"),
    ],
    "pt-empresa-datas.pdf": [
        ("Coordenadora de Logística", "Transportadora Rio Claro S.A.", "2021-02", "present"),
        ("Analista de Logística", "Armazéns Gerais Boa Viagem Ltda.", "2018-03", "2021-01"),
        ("Assistente de Logística", "Distribuidora Sabiá ME", "2016-07", "2018-02"),
    ],
    "es-tabla.docx": [
        ("Contadora Pública", "Comercializadora Guayacán S.A.S.", "2021-01", "present"),
        ("Auxiliar Contable", "Transportes Quebrada Honda Ltda.", "2018-03", "2020-12"),
    ],
    "pl-prosty.docx": [
        ("Starsza konstruktorka", "Odlewnia Dolny Śląsk sp. z o.o.", "2019-03", "present"),
        ("Konstruktorka", "Zakłady Mechaniczne Odra S.A.", "2016-07", "2019-02"),
    ],
}

# (degree, institution, start, end); a school printed with one year has only its end
EDUCATION = {
    "pt-tabela-linhas.docx": [
        ("Mestrado em Enfermagem de Saúde Infantil e Pediátrica", "Escola Superior de Enfermagem de Coimbra", "2019",
         "2021"),
        ("Licenciatura em Enfermagem", "Universidade de Aveiro", "2012", "2016"),
    ],
    "pt-cabecalho.docx": [
        ("Bacharelado em Ciência da Computação", "Universidade Federal de Minas Gerais", "2014", "2018"),
        ("Técnico em Informática", "Escola Técnica Estadual Cidade Nova", "2011", "2013"),
    ],
    "pt-duas-colunas.docx": [
        ("Mestrado em Contabilidade e Finanças", "Instituto Politécnico do Cávado e do Ave", "2014-09", "2016-07"),
        ("Licenciatura em Gestão", "Universidade do Minho", "2011-09", "2014-07"),
    ],
    "pt-simples.docx": [
        ("Mestrado Profissional em Matemática", "Universidade Federal Fluminense", "2016-03", "2018-02"),
        ("Licenciatura em Matemática", "Universidade do Estado do Rio de Janeiro", "2010-02", "2014-12"),
    ],
    "pt-coluna-datas.pdf": [
        ("Mestrado Integrado em Engenharia Civil", "Universidade do Minho", "2011", "2016"),
        ("Ensino Secundário (Ciências e Tecnologias)", "Escola Secundária de Santa Luzia", None, "2011"),
    ],
    "pt-empresa-datas.pdf": [
        ("MBA em Gestão de Operações", "Universidade de São Paulo", "2019", "2020"),
        ("Tecnólogo em Logística", "Faculdade de Tecnologia de Guarulhos", "2013", "2016"),
    ],
    "es-tabla.docx": [
        ("Especialización en Revisoría Fiscal", "Universidad de Antioquia", "2020", "2021"),
        ("Contaduría Pública", "Universidad EAFIT", "2013", "2018"),
        ("Bachiller Académico", "Colegio Santa María del Valle", None, "2012"),
    ],
    "pl-prosty.docx": [
        ("Studia magisterskie, Mechanika i Budowa Maszyn", "Politechnika Wrocławska", "2014-10", "2016-06"),
        ("Studia inżynierskie, Mechanika i Budowa Maszyn", "Politechnika Opolska", "2010-10", "2014-02"),
    ],
}

# body language, spoken languages, phones (E.164), the candidate's place as printed
PERSON = {
    "pt-tabela-linhas.docx": ("pt", ["Português", "Inglês", "Francês"], ["+351912000457"], "Coimbra, Portugal"),
    "pt-cabecalho.docx": ("pt", ["Português", "Inglês", "Espanhol"], ["+5531998760123"], "Belo Horizonte, MG"),
    "pt-duas-colunas.docx": ("pt", ["Português", "Inglês", "Espanhol"], ["+351220000318"], "Porto, Portugal"),
    "pt-simples.docx": ("pt", ["Português", "Inglês", "Libras"], ["+5521987650432"], "Niterói, RJ"),
    "pt-coluna-datas.pdf": ("pt", ["Português", "Inglês", "Espanhol"], ["+351912000633"],
                            "Rua do Souto 120, 4700-000 Braga"),
    "pt-empresa-datas.pdf": ("pt", ["Português", "Inglês", "Espanhol"], ["+5511912340567"], "São Paulo, SP"),
    "es-tabla.docx": ("es", ["Español", "Inglés"], ["+573100004821"], "Medellín, Colombia"),
    "pl-prosty.docx": ("pl", ["angielski", "niemiecki"], ["+48512000347"], "Legnica"),
}


KNOWN = {
    ("pt-duas-colunas.docx", "experience", 1): xfail(
        "fields/entries.py: a spaced dash inside an employer's name splits it (SEPARATORS); the part before it is lost"),
}


def _params(table: dict, field: str):
    return row_params(table, field, KNOWN)


_parse = cached_parser(LANGS, PINNED)


def test_every_fixture_is_checked():
    docs = {p.name for p in LANGS.iterdir()} - set(NORDIC)  # (those of make_nordic_fixtures.py: their own tests)
    assert docs == set(EXPERIENCE) == set(EDUCATION) == set(PERSON)


@pytest.mark.parametrize("doc, n, row", _params(EXPERIENCE, "experience"))
def test_experience(doc, n, row):
    c = _parse(doc)
    assert len(c.experience) == len(EXPERIENCE[doc])
    e = c.experience[n]
    assert (e.title, e.company, e.start, "present" if e.current else e.end) == row


@pytest.mark.parametrize("doc, n, row", _params(EDUCATION, "education"))
def test_education(doc, n, row):
    c = _parse(doc)
    assert len(c.education) == len(EDUCATION[doc])
    e = c.education[n]
    assert (e.degree, e.institution, e.start, e.end) == row


@pytest.mark.parametrize("doc", sorted(PERSON))
def test_language_languages_phones(doc):
    c = _parse(doc)
    code, spoken, phones, _ = PERSON[doc]
    assert (c.meta.language, [l.name for l in c.languages], [p.e164 for p in c.contact.phones]) == (code, spoken,
                                                                                                     phones)


@pytest.mark.parametrize("doc, n, row", _params({d: [p[3]] for d, p in PERSON.items()}, "location"))
def test_location(doc, n, row):
    loc = _parse(doc).contact.location
    assert (loc.raw if loc else None) == row
