"""Portuguese, from Portugal and from Brazil, through the code that reads its words: headings in
both spellings, dates with the ways each country writes "present", degrees and schools, titles in
both genders, employers' legal forms, language levels, grades. The strings are written for these
tests (fictional people, employers and schools)."""
import pytest

from resumekit.fields.education import find_grade, read_education
from resumekit.fields.phrases import degree_like, institution_like, org_like, title_like
from resumekit.fields.experience import read_experience
from resumekit.fields.languages import read_languages
from resumekit.fields.lists import spoken_language
from resumekit.segment import heading_kind

from .helpers import lines, one_range, section

HEADINGS = [
    ("Formação Académica", "education"), ("FORMAÇÃO ACADÊMICA", "education"), ("Educação e Formação", "education"),
    ("Habilitações Académicas", "education"), ("Experiência Profissional", "experience"),
    ("Experiência de Trabalho", "experience"), ("Experiência Docente", "experience"), ("Competências", "skills"),
    ("Habilidades", "skills"), ("Competências Digitais", "skills"), ("Conhecimentos Informáticos", "skills"),
    ("Idiomas", "languages"), ("Línguas", "languages"), ("Línguas Estrangeiras", "languages"),
    ("Certificações", "certifications"), ("Cursos", "certifications"), ("Ações de Formação", "certifications"),
    ("Formação Contínua", "certifications"), ("Projetos", "projects"), ("Projectos", "projects"),
    ("Projetos Académicos", "projects"), ("Voluntariado", "volunteer"), ("Atividades de Voluntariado", "volunteer"),
    ("Prémios", "awards"), ("Prêmios e Distinções", "awards"), ("Publicações", "publications"),
    ("Produção Científica", "publications"), ("Resumo", "summary"), ("Perfil", "summary"), ("Sobre mim", "summary"),
    ("Perfil Pessoal", "summary"), ("Contacto", "contact"), ("Contato", "contact"), ("Dados de Contacto", "contact"),
    ("Informação Pessoal", "contact"), ("Tempos Livres", "interests"), ("Carta de Condução", "certifications"),
    ("Investigação", "other"), ("Outras Informações", "other"),
]


@pytest.mark.parametrize("text, kind", HEADINGS)
def test_heading(text, kind):
    m = heading_kind(text)
    assert m is not None and m.kind == kind


@pytest.mark.parametrize("text", [
    "Enfermeira Especialista", "Engenheiro de Software", "Desenhador Projetista", "Percurso de três anos",
    "Informática", "Conquistas",
])
def test_not_a_heading(text):
    assert heading_kind(text) is None


DATES = [
    ("set. 2021 – presente", ("2021-09", "present")),
    ("fev. 2017 – ago. 2021", ("2017-02", "2021-08")),
    ("março 2020 - o presente", ("2020-03", "present")),
    ("de 2015 até ao presente", ("2015", "present")),
    ("2019 – até à data", ("2019", "present")),
    ("2016 - a decorrer", ("2016", "present")),
    ("out. 2020 – atualidade", ("2020-10", "present")),
    ("2015 – presentemente", ("2015", "present")),
    ("jul. de 2016 – fev. de 2018", ("2016-07", "2018-02")),
    ("fev. de 2021 – até o momento", ("2021-02", "present")),
    ("03/2022 – atual", ("2022-03", "present")),
    ("desde março de 2020", ("2020-03", "present")),
    ("Setembro de 2019 a Julho de 2021", ("2019-09", "2021-07")),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_dates(text, expected):
    assert one_range(text) == expected


@pytest.mark.parametrize("text, degree, institution", [
    ("Mestrado Integrado em Engenharia Civil", True, False),
    ("Licenciatura em Enfermagem", True, False),
    ("Técnico Superior Profissional em Redes e Sistemas", True, False),
    ("CTeSP em Automação Industrial", True, False),
    ("Ensino Secundário (Ciências e Tecnologias)", True, False),
    ("Tecnóloga em Logística", True, False),
    ("Doutora em Química Orgânica", True, False),
    ("Escola Secundária de Vale Formoso", False, True),
    ("Agrupamento de Escolas da Ribeira", False, True),
    ("Liceu Central de Ponte Alta", False, True),
    ("Instituto Superior de Gestão do Norte", False, True),
])
def test_degree_and_institution_words(text, degree, institution):
    assert (degree_like(text), institution_like(text)) == (degree, institution)


@pytest.mark.parametrize("text, value", [
    ("Média final: 17 valores", 17.0), ("Classificação: 16", 16.0), ("Média de curso: 14,6", 14.6), ("CRA: 8,2", 8.2),
    ("Coeficiente de rendimento: 8,7", 8.7),
])
def test_grade_labels(text, value):
    grade, _ = find_grade(text)
    assert grade.value == value


def test_honours_are_the_grade():
    [edu] = read_education(section("education", "Licenciatura em Direito, Universidade do Minho, com distinção",
                                    "2012 – 2016"))
    assert (edu.degree, edu.institution, edu.grade.raw) == ("Licenciatura em Direito", "Universidade do Minho",
                                                            "com distinção")


@pytest.mark.parametrize("text", [
    "Enfermeira", "Contabilista Certificada", "Desenhador Projetista", "Técnica de Contabilidade",
    "Rececionista", "Fiel de armazém", "Educadora de Infância", "Motorista de pesados", "Bolseira de Investigação",
])
def test_title_words(text):
    assert title_like(text)


@pytest.mark.parametrize("text, org", [
    ("Gabinete Traço Fino", True), ("Construções Ribeiro & Neves, Lda.", True), ("Pequi Pagamentos S.A.", True),
    ("Contaminho, Unipessoal Lda.", True), ("Centro Hospitalar do Baixo Mondego, E.P.E.", True),
    ("Junta de Freguesia de Ribeira Alta", True), ("Secretaria Municipal de Educação", True),
    ("Almeida, Sá & Associados", True),
    # short legal forms that are also a given name or a word are left out ("MEI", "ME")
    ("Mei Lin", False), ("Contabilista", False),
])
def test_organisation_words(text, org):
    assert org_like(text) == org


def test_employer_and_title_by_their_words():
    """Neither slot order nor place decides: the words of each part do."""
    entries, _ = read_experience(section(
        "experience", "Desenhador Projetista, Gabinete Traço Fino, Guimarães    2016 – 2017",
        "Engenheira Civil, Construções Ribeiro & Neves Lda., Braga    2017 – 2020",
        "Contabilista, Gomes & Filhos Lda.    2020 – 2022"))
    assert [(e.title, e.company) for e in entries] == [
        ("Desenhador Projetista", "Gabinete Traço Fino"), ("Engenheira Civil", "Construções Ribeiro & Neves Lda."),
        ("Contabilista", "Gomes & Filhos Lda.")]


@pytest.mark.parametrize("name, spoken", [
    ("Inglês", True), ("Espanhol", True), ("Euskera", True), ("Tétum", True), ("Cabo-verdiano", True),
    ("Libras", True),
    # levels are no languages, however close their spelling ("Básico" and "Basco")
    ("Básico", False), ("Básica", False), ("Fluente", False), ("Intermédio", False),
])
def test_spoken_languages(name, spoken):
    assert spoken_language(name) == spoken


def test_language_and_level_in_two_cells():
    langs, _ = read_languages(lines("Português\tLíngua materna", "Espanhol\tBásico",
                                    "Inglês – Utilizador independente (B2)"))
    assert [(l.name, l.proficiency) for l in langs] == [
        ("Português", "Língua materna"), ("Espanhol", "Básico"), ("Inglês", "Utilizador independente (B2)")]
