"""``meta.language`` names the language of the body, for every language with a vocabulary file.

The texts are short fictional CVs written for these tests; each is parsed end to end.
"""
import pytest

import resumekit
from resumekit.vocab import codes

CVS = {
    "en": """Olivia Bennett
Data Analyst | olivia.bennett@example.com | Leeds, UK

EXPERIENCE
Data Analyst, Northwind Traders, Leeds    Mar 2021 - Present
- Built the weekly sales dashboards for the regional teams and automated the reporting
- Worked with the finance team on a new forecasting model

EDUCATION
BSc Mathematics, University of Leeds, 2017 - 2020

SKILLS
SQL, Python, Power BI
""",
    "de": """Lena Hoffmann
Softwareentwicklerin | lena.hoffmann@example.com | Köln

BERUFSERFAHRUNG
Backend-Entwicklerin, Rheinwerk Logistik GmbH, Köln    03/2021 – heute
• Entwicklung und Betrieb von Microservices mit Java und Spring Boot
• Betreuung von zwei Werkstudenten und Aufbau der CI/CD-Pipeline
Werkstudentin, Datenhafen AG    10/2018 – 02/2021
• Mitarbeit bei der Migration der Datenbank auf PostgreSQL

AUSBILDUNG
M.Sc. Informatik, Universität zu Köln, 2016 – 2019

KENNTNISSE
Java, Spring Boot, PostgreSQL, Docker, Kubernetes

SPRACHEN
Deutsch (Muttersprache), Englisch (verhandlungssicher)
""",
    "fr": """Camille Durand
Développeuse Full Stack — camille.durand@example.org — Lyon, France

EXPÉRIENCE PROFESSIONNELLE
Développeuse web, Atelier Numérique SARL, Lyon    Septembre 2020 – aujourd'hui
• Conception et développement des interfaces avec React et TypeScript
• Mise en place des tests automatisés et suivi de la qualité du code
Stagiaire développeuse, Banque des Alpes    Février 2020 – Juillet 2020
• Participation à la refonte de l'application mobile pour les clients

FORMATION
Master Informatique, Université Lyon 1, 2018 – 2020

COMPÉTENCES
JavaScript, React, Node.js, PostgreSQL

LANGUES
Français (langue maternelle), Anglais (courant)
""",
    "es": """Lucía Navarro Gil
Desarrolladora backend · lucia.navarro@example.com · Valencia

EXPERIENCIA LABORAL
Desarrolladora backend, Naranja Digital S.L.    mar. 2021 – actualidad
• Diseño y desarrollo de APIs REST con Python y Django
• Mantenimiento de los servicios en la nube y mejora del rendimiento
Becaria de desarrollo, Consultora Levante    sept. 2019 – feb. 2021
• Creación de herramientas internas para el equipo de datos

FORMACIÓN ACADÉMICA
Grado en Ingeniería Informática, Universitat Politècnica de València, 2015 – 2019

CONOCIMIENTOS
Python, Django, PostgreSQL, Docker

IDIOMAS
Español (nativo), Valenciano (nativo), Inglés (avanzado)
""",
    "pt": """Mariana Costa Ribeiro
Desenvolvedora de software | mariana.ribeiro@example.com | Campinas, SP

EXPERIÊNCIA PROFISSIONAL
Desenvolvedora Back-end, Ipê Sistemas Ltda.    jan/2021 - atual
• Desenvolvimento de APIs em Java com Spring Boot para o time de pagamentos
• Melhoria do desempenho das consultas no banco de dados
Estagiária em desenvolvimento, Cooperativa Serra Azul    ago/2019 - dez/2020
• Manutenção dos sistemas internos e suporte aos usuários

FORMAÇÃO ACADÊMICA
Bacharelado em Ciência da Computação, Universidade Estadual de Campinas, 2016 - 2020

HABILIDADES
Java, Spring Boot, PostgreSQL, Git

IDIOMAS
Português (nativo), Inglês (avançado)
""",
    "it": """Giulia Ferri
Sviluppatrice software — giulia.ferri@example.net — Bologna

ESPERIENZA PROFESSIONALE
Sviluppatrice backend, Appennino Dati S.r.l., Bologna    maggio 2018 – in corso
• Progettazione e sviluppo di servizi REST per la gestione degli ordini
• Migrazione dell'infrastruttura su Kubernetes e monitoraggio delle prestazioni
Stagista, Studio Informatico Rossi    gennaio 2018 – aprile 2018
• Supporto al team nella realizzazione di un gestionale interno

ISTRUZIONE
Laurea Magistrale in Informatica, Università di Bologna, 2015 – 2017

COMPETENZE
Java, Go, PostgreSQL, Kubernetes

LINGUE
Italiano (madrelingua), Inglese (ottimo), Spagnolo (buono)
""",
    "nl": """Sanne de Vries
Softwareontwikkelaar | sanne.devries@example.com | Utrecht

WERKERVARING
Backend-ontwikkelaar, Polderdata B.V., Utrecht    sept. 2019 - heden
• Verantwoordelijk voor het ontwerp en de bouw van een nieuw betaalplatform
• Samen met het team de migratie naar de cloud voorbereid en uitgevoerd
Stagiair, Gemeente Amersfoort    feb 2019 - jul 2019
• Onderzoek naar de mogelijkheden van open data voor bewoners

OPLEIDING
Bachelor HBO-ICT, Hogeschool Utrecht, 2015 - 2019

VAARDIGHEDEN
C#, .NET, Azure, SQL Server

TALEN
Nederlands (moedertaal), Engels (vloeiend), Duits (goed)
""",
    "ru": """Анна Соколова
Python-разработчик · anna.sokolova@example.com · Москва

ОПЫТ РАБОТЫ
Python-разработчик, ООО «Северный код», Москва    Июнь 2021 — по настоящее время
• Разработка и поддержка сервисов для обработки платежей
• Оптимизация запросов к базе данных и внедрение мониторинга
Стажёр-аналитик, АО «Вектор»    сентябрь 2020 — май 2021
• Подготовка отчётов и участие в проектах команды данных

ОБРАЗОВАНИЕ
Бакалавр, Прикладная математика, Московский государственный университет, 2016 — 2020

НАВЫКИ
Python, Django, PostgreSQL, Redis

ЯЗЫКИ
Русский — родной, Английский — B2
""",
    "uk": """Тарас Гнатюк
Розробник Python · taras.hnatiuk@example.com · Вінниця

ДОСВІД РОБОТИ
Розробник Python, ТОВ «Поділля Код», Вінниця    Березень 2021 — теперішній час
• Розробка та підтримка сервісів для обробки платежів
• Оптимізація запитів до бази даних і впровадження моніторингу
Стажер-аналітик, ТОВ «Вектор Дані»    вересень 2020 — лютий 2021

ОСВІТА
Бакалавр, Прикладна математика, Вінницький технічний університет, 2016 — 2020

НАВИЧКИ
Python, Django, PostgreSQL

МОВИ
Українська — рідна, Англійська — B2
""",
    "zh": """李晓明
后端开发工程师 | xiaoming.li@example.com | 上海

工作经历
示例科技有限公司 | 高级后端开发工程师 | 2020.07 - 至今
• 负责订单系统的设计与开发，使用 Go 和 Redis 优化接口性能
• 参与微服务架构改造，推动团队建立代码评审流程
示例网络有限公司 | 后端开发实习生 | 2019.07 - 2019.12
• 参与内部管理平台的开发与测试

教育背景
示例大学 | 计算机科学与技术 | 本科 | 2016.09 - 2020.06

专业技能
Go, Java, MySQL, Redis, Kubernetes

语言能力
英语（CET-6），普通话（母语）
""",
    "ja": """山田 花子
バックエンドエンジニア | hanako.yamada@example.com | 東京都

職務経歴
2020.04 - 現在　株式会社サンプル　バックエンドエンジニア
・決済システムの設計と開発を担当
・Go と PostgreSQL を用いた API の構築と運用
2018.04 - 2020.03　合同会社テスト　開発エンジニア
・社内向けツールの開発、テストの自動化

学歴
2014.04 - 2018.03　東京サンプル大学 工学部

スキル
Go, Python, PostgreSQL, AWS

語学
日本語（ネイティブ）、英語（ビジネスレベル）
""",
    "pl": """Zofia Wiśniewska
Programistka Java | zofia.wisniewska@example.com | Gdynia, Polska

DOŚWIADCZENIE ZAWODOWE
Starsza programistka Java, Bursztynowe Systemy sp. z o.o., Gdynia    marzec 2021 – obecnie
• Projektowanie i rozwój usług do obsługi płatności oraz współpraca z zespołem analityków
• Wdrożenie testów automatycznych w procesie budowania aplikacji
Młodsza programistka, Kaszubskie Oprogramowanie S.A.    październik 2018 – luty 2021
• Udział w tworzeniu systemu do zarządzania magazynem dla klientów z branży logistycznej

WYKSZTAŁCENIE
Magister inżynier, Informatyka, Politechnika Pomorska, 2013 – 2018

UMIEJĘTNOŚCI
Java, Spring Boot, PostgreSQL, Docker

JĘZYKI OBCE
Polski (ojczysty), Angielski (biegły)
""",
    "tr": """Elif Yıldırım
Yazılım Mühendisi | elif.yildirim@example.com | Kadıköy, İstanbul

İŞ DENEYİMİ
Kıdemli Yazılım Mühendisi, Örnek Bulut Teknolojileri A.Ş., İstanbul    Mart 2021 – Halen
• Ödeme sistemleri için mikro servislerin tasarımı ve geliştirilmesi konusunda ekip ile çalıştım
• Test süreçlerinin otomasyonu için bir altyapı kurdum ve kod inceleme sürecini yönettim
Yazılım Geliştirici, Deneme Yazılım Ltd. Şti.    Eylül 2018 – Şubat 2021
• Stok yönetimi uygulamasının geliştirilmesi ve bakımı

EĞİTİM
Lisans, Bilgisayar Mühendisliği, Örnek Teknik Üniversitesi, 2014 – 2018

BECERİLER
Go, Java, PostgreSQL, Kubernetes

YABANCI DİLLER
Türkçe (ana dil), İngilizce (ileri düzey)
""",
    "ko": """박지민
백엔드 개발자 | jimin.park@example.com | 서울

경력
2021년 3월 - 현재  한빛소프트 주식회사  백엔드 개발자
• 결제 시스템의 설계 및 개발을 담당했습니다
• Go와 PostgreSQL을 활용한 API 구축 및 운영
2019년 1월 - 2021년 2월  새벽데이터  인턴
• 사내 도구 개발 및 테스트 자동화

학력
2014년 3월 - 2018년 2월  한빛대학교 컴퓨터공학과 학사

기술 스택
Go, Java, PostgreSQL, AWS

어학
한국어 (모국어), 영어 (비즈니스 회화)
""",
    "sv": """Johanna Ek
Projektledare | johanna.ek@example.com | Västerås

ARBETSLIVSERFARENHET
Projektledare, Mälarbygg AB, Västerås    mars 2020 – nu
- Ansvarade för att planera och följa upp bostadsprojekt inom regionen
- Arbetade nära beställare och underentreprenörer genom hela byggtiden
Arbetsledare, Norrström Entreprenad AB    aug. 2016 – feb. 2020

UTBILDNING
Högskoleingenjör i byggteknik, Mälardalens universitet, 2013 – 2016

KOMPETENSER
Bluebeam, MS Project, AMA
""",
    "da": """Jonas Birk
Økonomiassistent | jonas.birk@example.com | Odense

ERHVERVSERFARING
Økonomiassistent, Fynbo Handel A/S, Odense    marts 2019 – d.d.
- Udarbejdede månedlige afstemninger af debitorer og kreditorer
- Samarbejde med revisor om årsafslutningen af virksomheden
Bogholder, Lillebælt Transport ApS    august 2015 – februar 2019

UDDANNELSE
Finansøkonom, Erhvervsakademi Lillebælt, 2013 – 2015

KOMPETENCER
Navision, e-conomic, Excel
""",
    "nb": """Kari Nordby
Regnskapsfører | kari.nordby@example.com | Drammen

ARBEIDSERFARING
Regnskapsfører, Lierelva Regnskap AS, Drammen    mars 2019 – nå
- Utarbeidet årsoppgjør og mva-meldinger for noen av de største kundene
- Samarbeid med revisor gjennom hele året og oppfølging av bilag
Økonomimedarbeider, Buskerud Bygg AS    august 2015 – februar 2019

UTDANNING
Bachelor i økonomi og administrasjon, Universitetet i Sørøst-Norge, 2012 – 2015

KOMPETANSE
Tripletex, Visma, Excel
""",
    "fi": """Laura Niemi
Myyntipäällikkö | laura.niemi@example.com | Oulu

TYÖKOKEMUS
Myyntipäällikkö, Pohjolan Kone Oy, Oulu    3/2020 – nyt
- Vastasin avainasiakkaiden myynnistä ja tarjouslaskennasta sekä tiimin kehittämisestä
- Toimin myös uusien myyjien perehdyttäjänä yhdessä HR:n kanssa
Myyjä, Kemijoen Tekniikka Oy    6/2016 – 2/2020

KOULUTUS
Tradenomi (AMK), Oulun ammattikorkeakoulu, 2012 – 2016

OSAAMINEN
Salesforce, SAP, Excel
""",
    "cs": """Petra Nováková
Účetní | petra.novakova@example.com | Olomouc

PRACOVNÍ ZKUŠENOSTI
Účetní, Hanácká Pekárna s.r.o., Olomouc    03/2019 – dosud
- Zodpovědnost za vedení účetnictví a přípravu podkladů pro audit
- Spolupráce s daňovým poradcem při tvorbě přiznání k DPH
Asistentka účetní, Morava Trans a.s.    09/2015 – 02/2019

VZDĚLÁNÍ
Bc., Účetnictví a finanční řízení podniku, Univerzita Palackého v Olomouci, 2012 – 2015

DOVEDNOSTI
Pohoda, Money S3, Excel
""",
    "ro": """Andrei Popescu
Inginer software | andrei.popescu@example.com | Iași

EXPERIENȚĂ PROFESIONALĂ
Inginer software, Moldova Code S.R.L., Iași    martie 2020 – prezent
- Dezvoltarea serviciilor pentru plăți online în cadrul unei echipe de șase persoane
- Coordonarea testelor automate pentru aplicațiile mobile ale clienților
Programator, Copou Soft S.R.L.    iulie 2017 – februarie 2020

EDUCAȚIE
Licență în Informatică, Universitatea Alexandru Ioan Cuza, 2014 – 2017

COMPETENȚE
Java, Kotlin, PostgreSQL
""",
    "el": """Νίκος Γεωργίου
Λογιστής | nikos.georgiou@example.com | Πάτρα

ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ
Λογιστής, Αχαϊκή Εμπορική Α.Ε., Πάτρα    Μάρτιος 2019 – σήμερα
- Τήρηση των βιβλίων της εταιρείας και σύνταξη των οικονομικών καταστάσεων
- Συνεργασία με την ομάδα πωλήσεων για τη διαχείριση των πελατών
Βοηθός λογιστή, Ρίο Λογιστική Ε.Π.Ε.    Σεπτέμβριος 2015 – Φεβρουάριος 2019

ΕΚΠΑΙΔΕΥΣΗ
Πτυχίο Λογιστικής, Πανεπιστήμιο Πατρών, 2011 – 2015

ΔΕΞΙΟΤΗΤΕΣ
SAP, Excel, Softone
""",
    "hu": """Fekete Borbála
Könyvelő | fekete.borbala@example.com | Pécs

SZAKMAI TAPASZTALAT
2019. március – jelenleg    Könyvelő, Mecsekaljai Sütőipari Kft., Pécs
- A havi zárások és az éves beszámoló elkészítése, valamint a kapcsolattartás a könyvvizsgálóval
- Részt vettem az új számlázó rendszer bevezetésében a pénzügyi csapat tagjaként
2015. szept. – 2019. febr.    Pénzügyi asszisztens, Baranyai Kereskedelmi Zrt.

TANULMÁNYOK
2011–2015    Gazdálkodás és menedzsment BSc, Dél-dunántúli Egyetem

KÉSZSÉGEK
SAP, Excel, Kulcs-Soft
""",
    "id": """Dewi Lestari Putri
Akuntan | dewi.putri@example.com | Surabaya

PENGALAMAN KERJA
Akuntan, PT Bahari Niaga Sejahtera, Surabaya    Maret 2020 – Sekarang
- Bertanggung jawab untuk menyusun laporan keuangan bulanan dan tahunan perusahaan
- Melakukan rekonsiliasi bank serta membantu tim pajak dalam pelaporan
Staf Keuangan, PT Sumber Rejeki Makmur    Juli 2016 – Februari 2020

PENDIDIKAN
S1 Akuntansi, Universitas Brawijaya Utara, 2012 – 2016

KEAHLIAN
Excel, Accurate, SAP
""",
}

# Bodies in one language with headings in another, as many CVs are written.
MIXED = [
    ("de", """Jonas Becker
jonas.becker@example.com

EXPERIENCE
Softwareentwickler, Nordlicht Software GmbH    2019 – heute
• Entwicklung von Schnittstellen für die Anbindung der Lagerverwaltung
• Einführung von automatisierten Tests und Betreuung der Build-Umgebung

EDUCATION
B.Sc. Wirtschaftsinformatik, Hochschule Bremen, 2015 – 2019

SKILLS
Java, Kotlin, SQL
"""),
    ("pt", """Rafael Lima
rafael.lima@example.com

EXPERIENCE
Analista de dados, Mercado Sol Ltda.    2020 - atual
• Construção dos painéis de vendas e automação dos relatórios da equipa
• Modelagem dos dados de clientes em parceria com o time de marketing

EDUCATION
Licenciatura em Estatística, Universidade do Porto, 2016 - 2019
"""),
]


def test_every_language_has_a_text():
    assert set(CVS) == set(codes())


@pytest.mark.parametrize("code", sorted(CVS))
def test_body_language(code):
    assert resumekit.parse(CVS[code].encode()).meta.language == code


@pytest.mark.parametrize("code, text", MIXED, ids=[c for c, _ in MIXED])
def test_body_language_beats_heading_language(code, text):
    assert resumekit.parse(text.encode()).meta.language == code


def test_too_little_text_says_nothing():
    assert resumekit.parse(b"Olivia Bennett\nolivia.bennett@example.com\n").meta.language is None


# Neighbours that share words. Galician writes "do", "na", "os", "eu", "anos" as Portuguese does
# and has no vocabulary file: it must not read as Portuguese (nor as Spanish). A short Portuguese CV
# of headings and bullets, in either spelling, still reads as Portuguese.
GALICIAN = """Uxía Castro Vilariño
Enxeñeira de software | uxia.castro@example.com | Lugo

EXPERIENCIA PROFESIONAL
Desenvolvedora backend, Carballo Dixital S.L., Santiago de Compostela    2021 – actualidade
• Deseño e desenvolvemento de servizos web para a xestión de pedidos dos clientes
• Mantemento da infraestrutura na nube e mellora do rendemento das consultas
Bolseira, Fundación Terra Nosa    2019 – 2021
• Análise de datos e elaboración de informes para o equipo de investigación

FORMACIÓN
Grao en Enxeñaría Informática, Universidade da Coruña, 2015 – 2019

IDIOMAS
Galego (nativa), Castelán (nativa), Inglés (avanzado)
"""

SHORT_PORTUGUESE = [
    """Duarte Sequeira
Engenheiro Civil

EXPERIÊNCIA PROFISSIONAL
out. 2020 – atual    Engenheiro Civil, Construções Ribeiro & Neves, Lda.
• Direção de obra de três edifícios de habitação coletiva
• Medições e orçamentos com redução dos desvios de custo

FORMAÇÃO ACADÉMICA
2011 – 2016    Mestrado Integrado em Engenharia Civil, Universidade do Minho
""",
    """Luana Santos
Professora

EXPERIÊNCIA PROFISSIONAL
Colégio Ipê Amarelo — Coordenadora Pedagógica, 02/2021 – atual
• Acompanhamento dos professores e implantação de um programa de reforço escolar

FORMAÇÃO ACADÊMICA
Licenciatura em Matemática, Universidade Federal Fluminense, 2010 – 2014
""",
]


def test_galician_is_neither_portuguese_nor_spanish():
    assert resumekit.parse(GALICIAN.encode()).meta.language not in ("pt", "es")


@pytest.mark.parametrize("text", SHORT_PORTUGUESE, ids=["pt-PT", "pt-BR"])
def test_short_portuguese(text):
    assert resumekit.parse(text.encode()).meta.language == "pt"
