"""Each language's vocabulary, through the code that reads it: section headings, dates, spoken
languages, degree and institution words. The strings are written for these tests."""
import pytest

from resumekit.fields.dates import find_durations
from resumekit.fields.education import find_grade, read_education
from resumekit.fields.entries import is_sub_heading
from resumekit.fields.phrases import degree_like, institution_like, org_like, title_like
from resumekit.fields.lists import read_skills, spoken_language
from resumekit.fields.name import is_name
from resumekit.segment import heading_kind
from resumekit.vocab import merged

from .helpers import lines, one_range, section

HEADINGS = [
    # German
    ("BERUFSERFAHRUNG", "experience"), ("Beruflicher Werdegang", "experience"), ("Praktika", "experience"),
    ("Ausbildung", "education"), ("Bildungsweg", "education"), ("Studium", "education"),
    ("IT-Kenntnisse", "skills"), ("EDV-Kenntnisse:", "skills"), ("Kenntnisse & Fähigkeiten", "skills"),
    ("Sprachkenntnisse", "languages"), ("Zertifikate", "certifications"), ("Weiterbildungen", "certifications"),
    ("Ehrenamtliches Engagement", "volunteer"), ("Hobbys und Interessen", "interests"),
    ("Persönliche Daten", "contact"), ("Über mich", "summary"), ("Veröffentlichungen", "publications"),
    ("STATIONEN", "experience"),
    ("Auszeichnungen", "awards"), ("Projekte", "projects"), ("Führerschein", "certifications"),
    # French
    ("EXPÉRIENCES PROFESSIONNELLES", "experience"), ("Parcours professionnel", "experience"),
    ("Formation", "education"), ("Diplômes", "education"), ("Compétences techniques", "skills"),
    ("Langues", "languages"), ("Centres d'intérêt", "interests"), ("Loisirs", "interests"),
    ("Bénévolat", "volunteer"), ("Formation continue", "certifications"), ("À propos de moi", "summary"),
    ("Coordonnées", "contact"), ("Projets personnels", "projects"), ("Permis de conduire", "certifications"),
    # Spanish
    ("Experiencia laboral", "experience"), ("Formación académica", "education"), ("Idiomas", "languages"),
    ("Conocimientos", "skills"), ("Sobre mí", "summary"), ("Voluntariado", "volunteer"),
    ("Cursos y certificaciones", "certifications"), ("Datos personales", "contact"), ("Aficiones", "interests"),
    # Portuguese
    ("Experiência Profissional", "experience"), ("Formação Acadêmica", "education"), ("Habilidades", "skills"),
    ("Cursos complementares", "certifications"), ("Introdução", "summary"), ("Dados pessoais", "contact"),
    ("Projetos", "projects"), ("Informações adicionais", "other"),
    # Italian
    ("Esperienze lavorative", "experience"), ("Istruzione e formazione", "education"),
    ("Capacità e competenze tecniche", "skills"), ("Lingue straniere", "languages"), ("Volontariato", "volunteer"),
    ("Profilo professionale", "summary"), ("Pubblicazioni", "publications"),
    # Dutch
    ("Werkervaring", "experience"), ("Opleidingen", "education"), ("Vaardigheden", "skills"),
    ("Kennis en vaardigheden", "skills"), ("Talen", "languages"), ("Hobby's", "interests"),
    ("Persoonlijke gegevens", "contact"), ("Nevenactiviteiten", "other"), ("Vrijwilligerswerk", "volunteer"),
    ("Rijbewijs", "certifications"),
    # the same kinds in the files' newer words
    ("Pasantías", "experience"), ("Diplomados", "certifications"), ("Capacitaciones", "certifications"),
    ("Educación y formación", "education"), ("Licencia de conducir", "certifications"), ("Docenza", "experience"),
    ("Altre lingue", "languages"), ("Competenze comunicative", "skills"), ("Dati anagrafici", "contact"),
    ("Jobs étudiants", "experience"), ("Langues vivantes", "languages"), ("Outils informatiques", "skills"),
    ("Lehrtätigkeit", "experience"), ("Schul- und Berufsausbildung", "education"), ("Auslandsaufenthalte", "other"),
    ("Werkervaringen", "experience"), ("Genoten onderwijs", "education"), ("Taalbeheersing", "languages"),
    ("Investigación", "other"), ("Ricerca", "other"), ("Recherche", "other"), ("Forschung", "other"),
    ("Onderzoek", "other"),
    # Russian
    ("Опыт работы", "experience"), ("ОПЫТ РАБОТЫ", "experience"), ("Образование", "education"),
    ("Ключевые навыки", "skills"), ("Знание языков", "languages"), ("О себе", "summary"),
    ("Курсы и сертификаты", "certifications"), ("Проекты", "projects"), ("Контакты", "contact"),
    ("Хобби", "interests"), ("Навыки и умения", "skills"),
    # Chinese, simplified and traditional
    ("工作经历", "experience"), ("工作经历：", "experience"), ("实习经历", "experience"), ("教育背景", "education"),
    ("专业技能", "skills"), ("项目经验", "projects"), ("开源项目", "projects"), ("语言能力", "languages"),
    ("获奖情况", "awards"), ("自我评价", "summary"), ("兴趣爱好", "interests"), ("联系方式", "contact"),
    ("工作經歷", "experience"), ("學歷", "education"), ("專案經驗", "projects"),
    # Japanese (full-width letters fold: 自己ＰＲ)
    ("職歴", "experience"), ("職務経歴", "experience"), ("■職務経歴", "experience"), ("学歴", "education"),
    ("学歴・職歴", "education"), ("自己ＰＲ", "summary"), ("免許・資格", "certifications"), ("スキル", "skills"),
    ("語学", "languages"), ("趣味・特技", "interests"), ("ボランティア活動", "volunteer"),
    # Polish
    ("DOŚWIADCZENIE ZAWODOWE", "experience"), ("Przebieg pracy", "experience"), ("Wykształcenie", "education"),
    ("Umiejętności", "skills"), ("Kompetencje miękkie", "skills"), ("Języki obce", "languages"),
    ("Kursy i szkolenia", "certifications"), ("Zainteresowania", "interests"), ("O mnie", "summary"),
    ("Dane osobowe", "contact"), ("Wolontariat", "volunteer"), ("Nagrody i wyróżnienia", "awards"),
    # Turkish (dotted capitals fold: "İŞ DENEYİMİ")
    ("İŞ DENEYİMİ", "experience"), ("İş Geçmişi", "experience"), ("EĞİTİM", "education"),
    ("Beceriler", "skills"), ("YETKİNLİKLER", "skills"), ("Yabancı Diller", "languages"), ("Hakkımda", "summary"),
    ("Sertifikalar", "certifications"), ("İlgi Alanları", "interests"), ("İletişim Bilgileri", "contact"),
    ("Projeler", "projects"), ("Referanslar", "references"),
    # Korean
    ("경력", "experience"), ("경력 사항", "experience"), ("학력", "education"), ("기술 스택", "skills"),
    ("핵심역량", "skills"), ("자격증", "certifications"), ("어학", "languages"), ("프로젝트", "projects"),
    ("자기소개", "summary"), ("수상 경력", "awards"), ("연락처", "contact"), ("병역 사항", "other"),
    # stop 24: headings native CVs write that no table held (a list joined by a word no table calls a
    # conjunction, "en", "a", is a heading of its own)
    ("Przebieg kariery zawodowej", "experience"), ("Znajomość programów komputerowych", "skills"),
    ("Umiejętności IT", "skills"), ("Çalışma Geçmişi", "experience"), ("Opleiding en cursussen", "education"),
    ("Vzdělání a kurzy", "education"), ("Datakunskaper", "skills"), ("Limbi străine cunoscute", "languages"),
    ("Eddigi munkahelyeim", "experience"), ("Idegennyelv-ismeret", "languages"),
]


@pytest.mark.parametrize("text, kind", HEADINGS)
def test_heading(text, kind):
    m = heading_kind(text)
    assert m is not None and m.kind == kind


# Lines that name no section: entries, job titles, sentences that start like a heading.
NOT_HEADINGS = [
    "Ausbildung zum Fachinformatiker", "Senior Softwareentwickler", "Projektleiter Erfahrung",
    "Formation en alternance", "Chef de projet", "Experiencia en desarrollo web", "Desenvolvedora Back-end",
    "Sviluppatore Java", "Medewerker klantenservice", "Ведущий разработчик", "高级后端开发工程师", "バックエンドエンジニア",
    "Starszy programista Java", "Kıdemli Yazılım Mühendisi", "백엔드 개발자",
    # common English words that are headings elsewhere only in longer phrases
    "Stages", "Stage", "Communications",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_not_a_heading(text):
    assert heading_kind(text) is None


DATES = [
    ("Juni 2019 – heute", ("2019-06", "present")),
    ("März 2018 - Mai 2020", ("2018-03", "2020-05")),
    ("Jänner 2020 – bis dato", ("2020-01", "present")),
    ("01.10.2021 bis 31.03.2022", ("2021-10-01", "2022-03-31")),
    ("seit 04/2020", ("2020-04", "present")),
    ("SEPTEMBRE 2019 – PRÉSENT", ("2019-09", "present")),
    ("janv. 2019 - déc. 2020", ("2019-01", "2020-12")),
    ("du 01/09/2019 au 30/06/2020", ("2019-09-01", "2020-06-30")),
    ("depuis mars 2021", ("2021-03", "present")),
    ("mar. 2020 – actualidad", ("2020-03", "present")),
    ("ene 2019 - ago 2020", ("2019-01", "2020-08")),
    ("desde 2019 hasta 2021", ("2019", "2021")),
    ("jan/2020 - atual", ("2020-01", "present")),
    ("set 2019 - out 2020", ("2019-09", "2020-10")),
    ("fev. 2018 até hoje", ("2018-02", "present")),
    ("maggio 2018 – in corso", ("2018-05", "present")),
    ("gen 2019 - dic 2020", ("2019-01", "2020-12")),
    ("dal 2018 al 2020", ("2018", "2020")),
    ("sept. 2019 - heden", ("2019-09", "present")),
    ("mrt 2019 - mei 2020", ("2019-03", "2020-05")),
    ("sinds 2020", ("2020", "present")),
    ("vanaf 2019 tot 2021", ("2019", "2021")),
    ("ene. 2021 – a la fecha", ("2021-01", "present")),
    ("2018 - hasta la fecha", ("2018", "present")),
    ("marzo 2019 – a tutt'oggi", ("2019-03", "present")),
    ("sept. 2020 – jusqu'à présent", ("2020-09", "present")),
    ("2017 – zurzeit", ("2017", "present")),
    ("od marca 2020", ("2020-03", "present")),   # an open start: "od" is Polish "since" too
    ("od 03.2019 do 06.2021", ("2019-03", "2021-06")),
    ("Июнь 2024 - Август 2024", ("2024-06", "2024-08")),
    ("с марта 2020 по настоящее время", ("2020-03", "present")),
    ("сентябрь 2019 — н.в.", ("2019-09", "present")),
    ("2019.09 - 至今", ("2019-09", "present")),
    ("2018.04 - 現在", ("2018-04", "present")),
    ("marzec 2020 – obecnie", ("2020-03", "present")),
    ("od października 2019 do czerwca 2021", ("2019-10", "2021-06")),
    ("wrz 2018 - lut 2020", ("2018-09", "2020-02")),
    ("Mart 2021 – Halen", ("2021-03", "present")),
    ("Eylül 2018 - Şubat 2021", ("2018-09", "2021-02")),
    ("Oca 2019 – günümüz", ("2019-01", "present")),
    ("2021년 3월 - 현재", ("2021-03", "present")),
    ("2019년 1월 ~ 2021년 2월", ("2019-01", "2021-02")),
    ("2020.09 - 재직중", ("2020-09", "present")),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_dates(text, expected):
    assert one_range(text) == expected


# Chinese and Japanese print dates as "2020年3月" (the year and month suffixes of zh.toml and ja.toml).
CJK_DATES = [
    ("2020年3月 - 至今", ("2020-03", "present")),
    ("2019年9月～2021年3月", ("2019-09", "2021-03")),
    ("2018年4月 現在", ("2018-04", "present")),
]


@pytest.mark.parametrize("text, expected", CJK_DATES)
def test_cjk_dates(text, expected):
    assert one_range(text) == expected


@pytest.mark.parametrize("name", [
    "Englisch", "Französisch", "Anglais", "Allemand", "Inglés", "Catalán", "Inglês", "Tedesco", "Engels",
    "Duits", "Английский", "Немецкий", "英语", "普通话", "日本語", "英語", "Angielski", "Niemiecki", "İngilizce",
    "Almanca", "영어", "한국어",
    "angol nyelv", "Német nyelv",  # Hungarian, the name before "nyelv" (stop 24)
    "Akan", "Fante", "Ewe", "Shona", "Kinyarwanda", "Tigrinya", "Oromo",  # stop 28
])
def test_spoken_language(name):
    assert spoken_language(name)


@pytest.mark.parametrize("text, degree, institution", [
    ("Bachelor of Engineering in Maschinenbau", True, False),
    ("Hochschule für angewandte Wissenschaften", False, True),
    ("Abitur, Städtisches Gymnasium", True, True),
    ("Licence Informatique", True, False),
    ("Université de Lille", False, True),
    ("Grado en Ingeniería Informática", True, False),
    ("Bacharelado em Ciência da Computação", True, False),
    ("Laurea Magistrale in Informatica", True, False),
    ("Hogeschool Utrecht", False, True),
    ("Бакалавр, Прикладная математика", True, False),
    ("Московский государственный университет", False, True),
    ("软件工程本科", True, False),   # no spaces: found inside the run
    ("重庆理工大学", False, True),
    ("東京大学工学部", False, True),
    ("Magister inżynier, Informatyka", True, False),
    ("Politechnika Bałtycka", False, True),
    ("Yüksek Lisans, Bilgisayar Mühendisliği", True, False),
    ("Örnek Teknik Üniversitesi", False, True),
    ("Tecnóloga en Gestión Logística", True, False),
    ("Corporación Universitaria del Valle Alto", False, True),
    ("Laureata in Economia", True, False),
    ("IFSI de Valmont", False, True),
    ("Bachelorstudium Betriebswirtschaft", True, False),
    ("Berufsbildende Schule Nordstadt", False, True),
    ("Postgraduaat Bedrijfskunde", True, False),
    ("컴퓨터공학 학사", True, False),
    ("한빛대학교", False, True),          # the kind of school written into its name
])
def test_degree_and_institution_words(text, degree, institution):
    assert (degree_like(text), institution_like(text)) == (degree, institution)


@pytest.mark.parametrize("text, value, scale", [
    ("Abschlussnote: 1,3", 1.3, None),
    ("Moyenne : 15/20", 15.0, 20.0),
    ("Nota media: 8,2", 8.2, None),
    ("Nota final: 16", 16.0, None),
    ("Voto di laurea: 110/110", 110.0, 110.0),
    ("Eindcijfer: 7,8", 7.8, None),
    ("Resultaat: 82.6", 82.6, None),
    ("Средний балл: 4,8", 4.8, None),
    ("Średnia ocen: 4,6", 4.6, None),
    ("Not ortalaması: 3,45/4", 3.45, 4.0),
    ("Promedio general: 4,3/5", 4.3, 5.0),
    ("Valutazione finale: 98/110", 98.0, 110.0),
    ("Prädikat: 1,5", 1.5, None),
])
def test_grade_labels(text, value, scale):
    grade, _ = find_grade(text)
    assert (grade.value, grade.scale) == (value, scale)


def test_proficiency_words_leave_skill_names_whole():
    """A level beside a skill is dropped; a level word that also ends skill names ("base",
    "conversacional") is not in the vocabulary, so those names stay whole."""
    skills = read_skills(lines("Excel (avanzado), PowerPoint - gut, Photoshop (notions), Office (avançado), "
                               "Data Base, IA conversacional"))
    assert [s.name for s in skills] == ["Excel", "PowerPoint", "Photoshop", "Office", "Data Base", "IA conversacional"]


# Job titles in both genders and the trades the template zoo covers (nursing, law, accounting,
# teaching, design, engineering, hospitality, logistics), in each language with a file.
TITLES = [
    "Contadora Pública", "Maestra de primaria", "Delineante", "Mesera", "Ingegnera strutturista", "Infermiera",
    "Avvocata", "Commercialista", "Allenatrice", "Avocate", "Institutrice", "Dessinatrice projeteuse",
    "Tutrice", "Aide-soignante", "Pflegefachfrau", "Rechtsanwältin", "Bilanzbuchhalterin", "Bauleiterin",
    "Disponentin", "Leerkracht", "Magazijnmedewerker", "Konstruktorka", "Spedytor", "Mali müşavir",
]


@pytest.mark.parametrize("text", TITLES)
def test_title_words(text):
    assert title_like(text)


@pytest.mark.parametrize("text, org", [
    ("Comercializadora Guayacán S.A.S.", True), ("Bufete Ortega Abogados", True), ("Alcaldía de Valle Alto", True),
    ("Rossi e Figli", True), ("ASD Pallavolo San Rocco", True), ("Circolo culturale Il Ponte", True),
    ("Dupont & Fils", True), ("Centre hospitalier de Valmont", True), ("Praxis Dr. Weber", True),
    ("Ingenieurbüro Brandt", True), ("Zorggroep De Linde", True), ("Kancelaria Nowak", True),
    ("Odlewnia Dolny Śląsk", True), ("Ege Hukuk Bürosu", True),
    # a French workshop is no workshop of an employer ("Atelier en gestion de projet")
    ("Atelier en gestion de projet", False),
])
def test_organisation_words(text, org):
    assert org_like(text) == org


def test_no_level_reads_as_a_language():
    """A proficiency word never passes for a spoken language, even by a close spelling
    ("Básico" and Portuguese "Basco")."""
    assert [p for p in merged().proficiency if spoken_language(p)] == []


@pytest.mark.parametrize("text, honours", [
    ("Laurea magistrale in Architettura, Politecnico di Valmonte, 110 e lode", "110 e lode"),
    ("Master Finance, Université de Valmont, mention bien", "mention bien"),
    ("Máster en Derecho, Universidad de Valle Alto, matrícula de honor", "matrícula de honor"),
    ("Master Bedrijfskunde, Universiteit van Noordwijk, cum laude", "cum laude"),
])
def test_honours_are_the_grade(text, honours):
    [edu] = read_education(section("education", text, "2018 – 2020"))
    assert edu.grade is not None and edu.grade.raw == honours


@pytest.mark.parametrize("text", ["3 lata 2 miesiące", "(11 miesięcy)", "2 yıl 3 ay", "2년 3개월", "1 ano e 6 meses"])
def test_durations_in_newer_languages(text):
    """The newest files give the units of a length of time too (an entry's header drops it)."""
    assert find_durations(text) == [(0, len(text))]


@pytest.mark.parametrize("text", ["Obowiązki:", "Zakres obowiązków", "Görevler:", "주요 업무", "Обязанности:",
                                  "Principais responsabilidades", "Funciones principales", "Compiti principali",
                                  "Tâches principales", "Tätigkeitsschwerpunkte:", "Werkzaamheden"])
def test_sub_headings(text):
    assert is_sub_heading(lines(text)[0])


@pytest.mark.parametrize("name", [
    "Sanne Advocaat", "Léa Clerc", "Rahul Barman", "Ana Igreja", "Lucía de la Iglesia", "Sena Yılmaz", "Yuki Kita",
    "Mei Lin", "Ayşe Başkan", "João Pousada", "Rita Marinha", "Anna Kaufmann", "Greta Holm", "Elif Aşçı",
    "Diego Armada", "Jens Koch",
])
def test_surnames_that_are_words_elsewhere_stay_names(name):
    """A job or employer word is matched without case in every document: one that is also a
    common name or surname somewhere ("Advocaat", "Clerc", "Barman", "Igreja", "Kita", "Mei")
    is left out of the vocabulary, or the person's name would read as a title or an employer."""
    assert is_name(name)
