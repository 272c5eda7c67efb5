"""The fixtures of fixtures/unseen-profile (built by make_unseen_profile.py): résumés written to
find how everything but work history reads in layouts nothing else in the fixtures or the template
zoo has (a header table, a sidebar table read first, small capitals, numbered LaTeX headings,
underlined headings and bordered tables, tables with a header row, the old Europass label column,
plain text; an Indian fresher résumé, a Polish and a Brazilian CV, a US student résumé, a
skills grid with LinkedIn-style certificates, a LinkedIn profile pasted as text, Markdown; round 9:
education as a table, "Aus- und Weiterbildung" mixing degrees and courses, certificates with
credential IDs, expiries and licence numbers, driving licences, skills as a rated table, as
"Advanced: …; Basic: …" and as tags over two lines, the Europass language grid, inline "English
(C1)" languages and "Native:" labels, projects with "Tech stack:" lines, publications and awards; round 11: an Indian "ACADEMIC DETAILS"
table with the college under the degree and "B.Tech (CSE), College, 2021 – 8.4 CGPA" lines, a US
student résumé in Word, Word's own résumé template, drawn skill bars and language dots, Credly and
Coursera certificates, a CEFR table, a Russian job board's export, a Ukrainian and a Turkish CV), in
German, French, Spanish, Italian, Dutch, Polish, Portuguese, Russian, Ukrainian, Turkish and English. Each value below is the truth by construction: what
the page prints.

Expectations the parser does not meet yet are pinned as strict xfails with their reason (a fix
shows up as a pass to turn into a plain case)."""
import pytest

import resumekit

from .conftest import FIXTURES, PINNED

DIR = FIXTURES / "unseen-profile"

# name, headline (None: the document prints none), the first words of the summary (None: none)
PERSON = {
    "de-kopftabelle.docx": ("Jonas Weidenfeld", "SAP-Berater und Wirtschaftsinformatiker", None),
    "en-academic.pdf": ("Miriam Okafor", None, None),
    "en-plain.txt": ("PRIYA RAMANATHAN", None, "Backend engineer who likes boring technology"),
    "en-grid-tables.docx": ("Oriel Vantongeren", "Hydrologist", None),
    "en-sidebar-icons.docx": ("Ana Petrović", "Analytics Engineer", "Analytics engineer who turns messy event data"),
    "en-underlined.docx": ("Tomás Brennan", None, None),
    "es-formacion.docx": ("Lucía Ferrándiz Soler", "Desarrolladora backend", None),
    "fr-petites-capitales.pdf": ("Camille Roussel", None, "Ingénieure qualité dans l'agroalimentaire"),
    "it-europass.pdf": ("Giulia Bianchi", None, None),
    "nl-regels.pdf": ("Sanne de Wit", "Verpleegkundige", "Verpleegkundige met zes jaar ervaring"),
    "en-in-fresher.docx": ("Sravya Kondapalli", None, "To work in a challenging environment"),
    "en-skills-grid.docx": ("Declan Ashworth-Reyes", "Site Reliability Engineer", None),
    "pl-cv.docx": ("Katarzyna Wiśniewska-Nowak", "Księgowa", None),
    "pt-br-formacao.pdf": ("Rafael Moreira Campos", "Analista de Dados", "Analista de dados com quatro anos"),
    "en-us-student.pdf": ("Jordan Whitfield-Okoro", None, None),
    "en-markdown.md": ("Henrike Solberg", "Product designer", "Product designer who writes the research plan"),
    "en-linkedin-paste.txt": ("Marisol Achterberg", "Supply Chain Analyst at Dunmore Freight",
                              "Supply chain analyst who likes a clean data model"),
    # round 9
    "en-cert-ids.docx": ("Bronwen Tregarthen", "Electrical Design Engineer", "Electrical design engineer with eight years"),
    "de-weiterbildung.docx": ("Friederike Hollmann", "Fachkrankenpflegerin für Intensivpflege und Anästhesie", None),
    "es-proyectos.docx": ("Álvaro Quintanilla Rey", "Ingeniero de datos", None),
    "en-europass-grid.pdf": ("Inês Carvalho Tavares", None, None),
    "fr-competences.pdf": ("Mathilde Kerbrat", "Chargée de marketing digital", None),
    "it-patente.pdf": ("Federico Lanzavecchia", "Progettista meccanico", None),
    "en-nurse.txt": ("DOROTHEA BLANKENSHIP", None, "Registered nurse with seven years"),
    "en-portfolio.md": ("Kofi Lindqvist-Mensah", "Machine Learning Engineer", None),
    "pl-kursy.md": ("Magdalena Zielińska-Kowal", "Specjalistka ds. logistyki", None),
    # round 11
    "en-in-academic.docx": ("ADITI VENKATARAMAN", None, "Seeking an entry-level position"),
    "en-in-lines.pdf": ("Rohit Kulkarni", "Software Engineer", None),
    "en-us-junior.docx": ("Caroline Abernathy-Nguyen", None, None),
    "en-word-template.docx": ("Marguerite Okonkwo-Leary", None, "Office manager with nine years"),
    "en-skill-bars.pdf": ("Tobias Haverkamp", "DevOps Engineer", None),
    "en-cefr-table.docx": ("Signe Albrechtsen", "UX Researcher", None),
    # the desired position is the headline; under a summary heading of the vocabulary it opens the summary too
    "ru-hh.docx": ("Кузнецова Дарья Андреевна", "Бизнес-аналитик", "Бизнес-аналитик"),
    "uk-cv.docx": ("Тарас Бондаренко", "Android-розробник", "Android-розробник із шестирічним досвідом"),
    "tr-kisisel.pdf": ("BURAK AYDOĞAN", "Makine Mühendisi", None),
}

# the e-mail address and the place as printed
CONTACT = {
    "de-kopftabelle.docx": ("jonas.weidenfeld@example.com", "Lindenallee 14, 50667 Köln"),
    "en-academic.pdf": ("m.okafor@example.edu", "Eastbrook, MA"),
    "en-plain.txt": ("priya.r@example.com", "Austin, TX"),
    "en-grid-tables.docx": ("oriel.v@example.net", "Bristol, UK"),
    "en-sidebar-icons.docx": ("ana.petrovic@example.com", "Leeds, UK"),
    "en-underlined.docx": ("tomas.brennan@example.com", "Galway, Ireland"),
    "es-formacion.docx": ("lucia.ferrandiz@example.com", "Alicante"),
    "fr-petites-capitales.pdf": ("camille.roussel@example.com", "12 rue des Tanneurs, 69002 Lyon"),
    "it-europass.pdf": ("giulia.bianchi@example.com", "Via dei Mille 12, 40121 Bologna"),
    "nl-regels.pdf": ("sanne.dewit@example.com", "Utrecht"),
    "en-in-fresher.docx": ("sravya.k@example.com", "Plot 14, Sainikpuri, Hyderabad, Telangana"),
    "en-skills-grid.docx": ("declan.ar@example.com", "Denver, CO"),
    "pl-cv.docx": ("katarzyna.wn@example.com", "Poznań"),
    "pt-br-formacao.pdf": ("rafael.campos@example.com", "Campinas – SP"),
    "en-us-student.pdf": ("jwo@example.edu", "Ann Arbor, MI"),
    "en-markdown.md": ("henrike.solberg@example.com", "Trondheim, Norway"),
    "en-linkedin-paste.txt": ("marisol.achterberg@example.com", "Rotterdam, South Holland, Netherlands"),
    "en-cert-ids.docx": ("bronwen.t@example.com", "Cardiff, UK"),
    "de-weiterbildung.docx": ("friederike.hollmann@example.com", "Bremen"),
    "es-proyectos.docx": ("alvaro.quintanilla@example.com", "Zaragoza"),
    "en-europass-grid.pdf": ("ines.tavares@example.com", "Rua das Flores 21, 4050-262 Porto (Portugal)"),
    "fr-competences.pdf": ("mathilde.kerbrat@example.com", "Rennes"),
    "it-patente.pdf": ("federico.lanzavecchia@example.com", "Torino"),
    "en-nurse.txt": ("dorothea.b@example.com", "Salem, OR"),
    "en-portfolio.md": ("kofi.lm@example.com", "Gothenburg, Sweden"),
    "pl-kursy.md": ("magdalena.zk@example.com", "Wrocław"),
    "en-in-academic.docx": ("aditi.v@example.com", "Coimbatore, Tamil Nadu"),
    "en-in-lines.pdf": ("rohit.kulkarni@example.com", "Pune, Maharashtra"),
    "en-us-junior.docx": ("caroline.an@example.edu", "Providence, RI 02912"),
    "en-word-template.docx": ("m.okonkwoleary@example.com", "418 Larkspur Lane, Dayton, OH 45402"),
    "en-skill-bars.pdf": ("tobias.haverkamp@example.com", "Hamburg, Germany"),
    "en-cefr-table.docx": ("signe.albrechtsen@example.com", "Edinburgh, UK"),
    "ru-hh.docx": ("darya.kuznetsova@example.com", "Новосибирск"),
    "uk-cv.docx": ("taras.bondarenko@example.com", "Івано-Франківськ"),
    "tr-kisisel.pdf": ("burak.aydogan@example.com", "Nilüfer, Bursa"),
}

# (degree, institution, start, end, grade as printed); a school printed with one year has only its end;
# an ongoing one has no end
EDUCATION = {
    "de-kopftabelle.docx": [
        ("Bachelor of Science Wirtschaftsinformatik", "Fernhochschule Bergisches Land", "2015-10", "2019-03",
         "Abschlussnote: 1,7"),
        ("Ausbildung zum Fachinformatiker für Anwendungsentwicklung", "Stadtwerke Auendorf GmbH und Berufskolleg Auendorf",
         "2012-08", "2015-06", None),
        ("Allgemeine Hochschulreife", "Gymnasium am Lindenberg", None, "2012", "Note: 2,1"),
    ],
    "en-academic.pdf": [
        ("Ph.D., Marine Biology", "Eastbrook University", "2016", "2021", None),
        ("M.Sc., Oceanography", "University of Harrowgate", "2014", "2015", "with distinction"),  # honours in brackets: the grade
        ("B.Sc. (Hons), Biology", "University of Harrowgate", "2011", "2014", "First Class"),
    ],
    "en-plain.txt": [
        ("B.S. Computer Science", "Hill Country State University", None, "2016-05", "GPA 3.7/4.0"),
        ("A.A.S. Network Administration", "Lakeway Community College", None, "2013", None),
    ],
    "en-grid-tables.docx": [
        ("MSc Hydrology", "Westmoor University", "2017", "2018", "Merit"),
        ("BSc Geography", "Northfield University", "2014", "2017", "2:1"),
    ],
    "en-sidebar-icons.docx": [
        ("MSc Data Science", "University of Wessex", "2017", "2018", "Distinction"),
        ("BSc Mathematics", "Kingsbridge University", "2014", "2017", "First-class honours"),
    ],
    "en-underlined.docx": [
        ("Bachelor of Commerce (International)", "Atlantic Technological College", "2013", "2017", "2.1 Honours"),
        ("Leaving Certificate", "St. Brigid's Secondary School", None, "2013", "545 points"),
    ],
    "es-formacion.docx": [
        ("Máster en Ciberseguridad", "Universidad Abierta de Levante", "2023", None, None),
        ("Grado en Ingeniería Informática", "Universidad de Castilla del Norte", "2013", "2017", "Nota media: 8,2"),
        ("Ciclo Formativo de Grado Superior en Desarrollo de Aplicaciones Web", "IES Río Tajuña", "2011", "2013", None),
    ],
    "fr-petites-capitales.pdf": [
        ("Diplôme d'ingénieur en génie des procédés", "École Supérieure de Chimie de Valmont", "2015", "2018",
         "mention Bien"),
        ("Classes préparatoires PCSI/PC", "Lycée Saint-Exupéry", "2013", "2015", None),
        ("Baccalauréat scientifique", "Lycée Saint-Exupéry", None, "2013", "mention Très bien"),
    ],
    "it-europass.pdf": [
        ("Laurea magistrale in Ingegneria Meccanica", "Università di Valdoro", "2012", "2017",
         "Votazione 110/110 e lode"),
        ("Diploma di maturità scientifica", "Liceo Scientifico Augusto Righi", "2007", "2012",
         "Votazione 95/100"),
    ],
    "nl-regels.pdf": [
        ("HBO-V, Bachelor of Nursing", "Hogeschool Domstad", "2013", "2017", None),
        ("MBO Verpleegkunde niveau 4", "ROC Midden-Lek", "2010", "2013", None),
    ],
    "en-in-fresher.docx": [
        ("B.Tech (CSE)", "Deccan Institute of Technology", "2016", "2020", "CGPA 8.1/10"),
        ("Class XII", "Telangana State Board of Intermediate Education", None, "2016", "92%"),
        ("Class X", "CBSE", None, "2014", "89%"),
    ],
    "en-skills-grid.docx": [("B.S. Computer Engineering", "Colorado Plains University", "2013", "2017", None)],
    "pl-cv.docx": [
        ("Studia magisterskie, kierunek: Finanse i rachunkowość", "Uniwersytet Ekonomiczny w Lesznie", "2013", "2015",
         None),
        ("Studia licencjackie, kierunek: Ekonomia", "Wyższa Szkoła Bankowa w Kaliszu", "2010", "2013", None),
    ],
    "pt-br-formacao.pdf": [
        ("Bacharelado em Estatística", "Universidade Estadual do Planalto Paulista", "2015", "2018", None),
        ("MBA em Ciência de Dados", "Faculdade Vale do Tietê", "2022", None, None),
    ],
    "en-us-student.pdf": [
        ("Bachelor of Science in Computer Science, Minor in Mathematics", "Great Lakes State University", None, "2026-05",
         "GPA: 3.82/4.00"),
    ],
    "en-markdown.md": [
        ("MA Interaction Design", "Bergen School of Design", "2015", "2017", None),
        ("BA Graphic Design", "Northfjord University College", "2012", "2015", None),
    ],
    "en-linkedin-paste.txt": [
        ("Master of Science - MSc, Supply Chain Management", "Erasmus Haven University", "2016", "2018", None),
        ("Bachelor's degree, Logistics Engineering", "Hogeschool Zeeland Delta", "2012", "2016", None),
    ],
    "en-cert-ids.docx": [
        ("MEng Electrical and Electronic Engineering", "Caerlow University", None, "2016", "First Class"),
        ("BTEC Extended Diploma in Engineering", "Coleg Glannau", None, "2011", "Distinction"),
    ],
    "de-weiterbildung.docx": [
        ("Fachweiterbildung Intensivpflege und Anästhesie (DKG)", "Weiterbildungsstätte Klinikum Weserbogen", "2019-10",
         "2021-09", None),
        ("Ausbildung zur Gesundheits- und Krankenpflegerin", "Krankenpflegeschule am Kreiskrankenhaus Achim", "2012-10",
         "2015-09", "Examensnote: 1,6"),
        ("Kurs Basale Stimulation (40 Stunden)", "Bildungszentrum Nordwest", None, "2022-03", None),
        ("Abitur", "Gymnasium an der Wümme", None, "2012-06", "Note: 2,3"),
    ],
    "es-proyectos.docx": [
        ("Máster en Ciencia de Datos", "Universidad de Moncayo", None, "2020", None),
        ("Grado en Matemáticas", "Universidad de Moncayo", "2014", "2018", None),
    ],
    "en-europass-grid.pdf": [
        ("Master of Science in Environmental Engineering", "Universidade do Minho Atlântico", "2014", "2016", None),
        ("Bachelor of Science in Biology", "Universidade do Minho Atlântico", "2011", "2014", None),
    ],
    "fr-competences.pdf": [
        ("Master Marketing digital", "Université de Haute-Bretagne", "2018", "2020", None),
        ("Licence Économie-Gestion", "Université de Haute-Bretagne", "2015", "2018", None),
        ("MOOC Gestion de projet", "Centrale Numérique", None, "2021", None),
    ],
    "it-patente.pdf": [
        ("Laurea Magistrale in Ingegneria Meccanica", "Politecnico di Valsusa", "2016", "2018", "Votazione: 108/110"),
        ("Laurea Triennale in Ingegneria Meccanica", "Politecnico di Valsusa", "2013", "2016", None),
        ("Corso di formazione: SolidWorks avanzato", "Centro Formazione Dora", None, "2019", None),
    ],
    "en-nurse.txt": [
        ("Bachelor of Science in Nursing (BSN)", "Willamette Crest University", None, "2017", None),
        ("Associate Degree in Nursing (ADN)", "Santiam Valley Community College", None, "2014", None),
        ("IV Therapy and Phlebotomy Course", "Cascade Health Training Center", None, "2019", None),
    ],
    "en-portfolio.md": [
        ("MSc Complex Adaptive Systems", "Göta Institute of Technology", "2017", "2019", None),
        ("BSc Physics", "University of Ashanti Hills", "2013", "2016", None),
    ],
    "pl-kursy.md": [
        ("Logistyka, studia magisterskie", "Uniwersytet Ekonomiczny w Opolu", "2016", "2018", None),
        ("Transport, studia inżynierskie", "Politechnika Sudecka", "2012", "2016", None),
    ],
    # round 11
    "en-in-academic.docx": [
        ("B.E. (Mechanical Engineering)", "Kaveri College of Engineering", None, "2021", "8.42 CGPA"),
        ("HSC (Class XII)", "Sri Ranga Matriculation Hr. Sec. School", None, "2017", "91.6%"),
        ("SSLC (Class X)", "Sri Ranga Matriculation Hr. Sec. School", None, "2015", "95.2%"),
    ],
    "en-in-lines.pdf": [
        ("B.Tech (CSE)", "Deccan College of Engineering", None, "2021", "8.4 CGPA"),
        ("Class XII (CBSE)", "Vidya Niketan School", None, "2017", "91.4%"),
        ("Class X (CBSE)", "Vidya Niketan School", None, "2015", "10 CGPA"),
    ],
    "en-us-junior.docx": [
        ("Bachelor of Arts in Economics", "Narragansett University", None, "2027-05", "GPA: 3.74/4.00"),
        ("Study Abroad Program, Economics and Spanish", "Universidad del Sol Poniente", "2025-01", "2025-05", None),
    ],
    "en-word-template.docx": [
        ("Associate of Applied Science in Health Information Management", "Bramblewood Community College", None,
         "2015-05", None),
        ("High School Diploma", "Fairborn Heights High School", None, "2011-06", None),
    ],
    "en-skill-bars.pdf": [("B.Sc. Computer Science", "Hochschule Hammerbrook", "2012", "2016", None)],
    "en-cefr-table.docx": [
        ("MSc Human-Computer Interaction", "University of Pentland", "2018", "2019", None),
        ("BA Psychology", "Aarhus Bay University", "2015", "2018", None),
    ],
    # a job board's export prints the level of education ("Высшее") over the school and its faculty
    "ru-hh.docx": [("Высшее", "Сибирский государственный технический университет", None, "2016", None)],
    "uk-cv.docx": [
        ("Магістр, Інженерія програмного забезпечення", "Прикарпатський технічний університет", "2016", "2018", None),
        ("Бакалавр, Комп'ютерні науки", "Прикарпатський технічний університет", "2012", "2016", None),
    ],
    # a Turkish lise prints its track ("Sayısal": sciences) where a university prints its department
    "tr-kisisel.pdf": [
        ("Makine Mühendisliği (Lisans)", "Kuzey Ege Teknik Üniversitesi", "2012", "2017", "GNO: 3,12/4,00"),
        ("Sayısal", "Bursa Nilüfer Anadolu Lisesi", "2008", "2012", "Diploma Notu: 87,4"),
    ],
}

# (language, level as printed)
LANGUAGES = {
    "de-kopftabelle.docx": [("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)"),
                            ("Spanisch", "Grundkenntnisse (A2)")],
    "en-academic.pdf": [("English", "native"), ("Portuguese", "fluent"), ("French", "reading knowledge")],
    "en-plain.txt": [("English", "native"), ("Tamil", "conversational"), ("Spanish", "basic")],
    "en-grid-tables.docx": [("English", "Native"), ("Dutch", "C1"), ("Welsh", "A2")],
    "en-sidebar-icons.docx": [("English", "★★★★★"), ("Serbian", "★★★★★"), ("German", "★★★☆☆")],
    "en-underlined.docx": [("English", "native"), ("Irish", "fluent (C1)"), ("French", "intermediate (B2)")],
    "es-formacion.docx": [("Castellano", "nativo"), ("Valenciano", "nativo"), ("Inglés", "B2 (First Certificate)")],
    "fr-petites-capitales.pdf": [("Français", "langue maternelle"), ("Anglais", "courant (TOEIC 945)"),
                                 ("Allemand", "intermédiaire (B1)")],
    "it-europass.pdf": [("Italiano", "Madrelingua"), ("Inglese", "C1 (utente avanzato)"),
                        ("Tedesco", "A2 (utente base)")],
    "nl-regels.pdf": [("Nederlands", "moedertaal"), ("Engels", "vloeiend"), ("Duits", "redelijk")],
    "en-in-fresher.docx": [("English", None), ("Telugu", None), ("Hindi", None)],
    "en-skills-grid.docx": [],
    "pl-cv.docx": [("angielski", "C1"), ("niemiecki", "B1")],
    "pt-br-formacao.pdf": [("Inglês", "avançado"), ("Espanhol", "intermediário")],
    "en-us-student.pdf": [("Yoruba", "native"), ("Spanish", "conversational")],
    "en-markdown.md": [("Norwegian", "native"), ("English", "fluent (C2)"), ("German", "basic (A2)")],
    "en-linkedin-paste.txt": [("Dutch", "Native or bilingual proficiency"), ("English", "Full professional proficiency"),
                              ("Spanish", "Elementary proficiency")],
    "en-cert-ids.docx": [("English", "native"), ("Welsh", "B2"), ("Spanish", "A2")],
    "de-weiterbildung.docx": [("Deutsch", "Muttersprache"), ("Englisch", "B2"), ("Türkisch", "A2")],
    "es-proyectos.docx": [("español", "Nativo"), ("inglés", "Fluido"), ("francés", "Básico")],
    # the Europass grid prints five levels a language: any level is right, the name must be there
    "en-europass-grid.pdf": [("Portuguese", "Mother tongue(s)"), ("English", ...), ("Spanish", ...)],
    "fr-competences.pdf": [("Anglais", "C1"), ("Espagnol", "B2"), ("Breton", "A2")],
    "it-patente.pdf": [("Italiano", "madrelingua"), ("Inglese", "B2"), ("Francese", "A2")],
    "en-nurse.txt": [("English", "Native"), ("Spanish", "Conversational")],
    "en-portfolio.md": [("English", "C2"), ("Swedish", "B2"), ("Twi", "native")],
    "pl-kursy.md": [("polski", "Ojczysty"), ("angielski", "C1"), ("niemiecki", "B1")],
    "en-in-academic.docx": [("English", None), ("Tamil", None), ("Hindi", None)],
    "en-in-lines.pdf": [],
    "en-us-junior.docx": [("Spanish", "proficient"), ("Vietnamese", "conversational")],
    "en-word-template.docx": [],
    # the levels are drawn (filled circles), no text: nothing to read
    "en-skill-bars.pdf": [("German", None), ("English", None), ("Dutch", None)],
    # a CEFR row (Listening, Reading, Speaking, Writing): its most common level (a tie: the higher)
    "en-cefr-table.docx": [("Danish", "C2"), ("English", "C1"), ("German", "A2")],
    "ru-hh.docx": [("Русский", "Родной"), ("Английский", "B2 — Средне-продвинутый")],
    "uk-cv.docx": [("Українська", "рідна"), ("Англійська", "C1"), ("Польська", "B1")],
    "tr-kisisel.pdf": [("İngilizce", "Okuma İleri, Yazma Orta, Konuşma Orta"),
                       ("Almanca", "Okuma Başlangıç, Yazma Başlangıç, Konuşma Başlangıç")],
}

# (name, issuer, date)
CERTIFICATIONS = {
    "de-kopftabelle.docx": [("SAP Certified Application Associate – Sales", "SAP", "2021"),
                            ("Professional Scrum Master I", "Scrum.org", "2020")],
    "en-plain.txt": [("AWS Certified Solutions Architect – Associate", "Amazon Web Services", "2022"),
                     ("Certified Kubernetes Administrator", "The Linux Foundation", "2021")],
    "en-sidebar-icons.docx": [("Professional Data Engineer", "Google Cloud", "2023"),
                              ("dbt Analytics Engineering", "dbt Labs", "2022")],
    "en-underlined.docx": [("ACCA Affiliate", "ACCA", "2020-06"),
                           ("Financial Modelling Certificate", "Corporate Finance Academy", "2021-03")],
    "es-formacion.docx": [("CompTIA Security+", "CompTIA", "2022-03")],
    "fr-petites-capitales.pdf": [("Green Belt Lean Six Sigma", "AFNOR Certification", "2022")],
    "nl-regels.pdf": [("BLS-instructeur", "Nederlandse Reanimatie Raad", "2021"), ("Advanced Life Support", None, "2019")],
    "en-in-fresher.docx": [("Python for Data Science", "NPTEL", "2019"), ("Java Programming", "Coursera", "2018")],
    "en-skills-grid.docx": [("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "2022-03"),
                            ("HashiCorp Certified: Terraform Associate", "HashiCorp", "2021-11")],
    "pl-cv.docx": [("Certyfikat Księgowy MF", None, "2020")],
    "pt-br-formacao.pdf": [("Google Data Analytics", "Coursera", "2021")],
    "en-markdown.md": [("Nielsen Norman UX Certificate", "Nielsen Norman Group", "2020")],
    "en-linkedin-paste.txt": [("APICS Certified Supply Chain Professional (CSCP)", "ASCM", "2022-06"),
                              ("Lean Six Sigma Green Belt", "Lean Institute Noordzee", "2020-02")],
    "en-cert-ids.docx": [("18th Edition Wiring Regulations (BS 7671:2018)", "City & Guilds", "2019"),
                         ("Chartered Engineer (CEng)", "Engineering Council", "2022"),
                         ("CSCS Gold Card (Supervisor)", "CSCS", "2022"),
                         ("Full UK driving licence (Category B)", None, None)],
    "de-weiterbildung.docx": [("Staatliche Anerkennung als Gesundheits- und Krankenpflegerin", None, "2015"),
                              ("Praxisanleiterin (300 Stunden)", "Bildungszentrum Nordwest", "2020"),
                              ("Führerschein Klasse B", None, None)],
    "en-europass-grid.pdf": [("Driving licence B", None, None)],
    "fr-competences.pdf": [("Google Ads Search", "Google", "2023"), ("HubSpot Inbound Marketing", "HubSpot Academy", "2022")],
    "it-patente.pdf": [("Certified SOLIDWORKS Professional (CSWP)", "Dassault Systèmes", "2020"),
                       ("Patente di guida B", None, None)],
    "en-nurse.txt": [("Registered Nurse (RN)", "Oregon State Board of Nursing", None),  # "expires 06/2027"
                     ("Basic Life Support (BLS)", "American Heart Association", "2024-03"),
                     ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", "2024-03"),
                     ("Pediatric Advanced Life Support (PALS)", "American Heart Association", "2023-11")],
    "pl-kursy.md": [("Kurs operatora wózków widłowych", "UDT", "2017"), ("Certyfikat SAP EWM", "SAP Polska", "2021"),
                    ("Prawo jazdy kat. B", None, None)],
    "en-in-academic.docx": [("Certified SOLIDWORKS Associate (CSWA)", "Dassault Systèmes", "2020"),
                            ("Engineering Drawing", "NPTEL", "2019")],
    "en-in-lines.pdf": [("Programming, Data Structures and Algorithms using Python", "NPTEL", "2020-10"),
                        ("Java Programming: Solving Problems with Software", "Coursera", "2019-06")],
    "en-skill-bars.pdf": [("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "2023-03"),
                          ("AWS Certified DevOps Engineer – Professional", "Amazon Web Services (AWS)", "2022-11")],
    "en-cefr-table.docx": [("Google UX Design Professional Certificate", "Coursera", "2023-03"),
                           ("Foundations of User Experience (UX) Design", "Coursera", "2022-01")],
    "ru-hh.docx": [("Системный анализ и проектирование", "Школа аналитиков «Кедр»", "2021")],
    "uk-cv.docx": [("Associate Android Developer", "Google", "2020")],
    "tr-kisisel.pdf": [("Ehliyet: B", None, None), ("Yalın Altı Sigma Yeşil Kuşak", "Bursa Kalite Derneği", "2020"),
                       ("İş Sağlığı ve Güvenliği Eğitimi (16 saat)", None, "2018")],
    "it-europass.pdf": [("Patente B", None, None)],   # the Europass label row "Patente ⇥ B"
}

# (category, skill); every skill of the document, in order
SKILLS = {
    "de-kopftabelle.docx": [("Programmierung", "ABAP"), ("Programmierung", "Java"), ("Programmierung", "SQL"),
                            ("SAP-Module", "SD"), ("SAP-Module", "MM"), ("SAP-Module", "FI"),
                            ("Methoden", "Scrum"), ("Methoden", "Kanban")],
    "en-academic.pdf": [(None, "R"), (None, "Python"), (None, "QGIS"), (None, "scientific diving (CMAS 2*)")],
    "en-plain.txt": [(None, "Go"), (None, "Python"), (None, "PostgreSQL"), (None, "Terraform"), (None, "Kubernetes"),
                     (None, "AWS")],
    "en-grid-tables.docx": [("Modelling", "HEC-RAS"), ("Modelling", "InfoWorks ICM"), ("GIS", "QGIS"),
                            ("GIS", "ArcGIS Pro")],
    "en-sidebar-icons.docx": [(None, "Python"), (None, "SQL"), (None, "dbt"), (None, "Airflow"), (None, "Tableau")],
    "en-underlined.docx": [("Finance", "Forecasting"), ("Finance", "Variance analysis"), ("Finance", "IFRS"),
                           ("Tools", "Excel"), ("Tools", "Power BI"), ("Tools", "SAP FICO")],
    "es-formacion.docx": [("Lenguajes", "Java"), ("Lenguajes", "Kotlin"), ("Lenguajes", "Python"),
                          ("Bases de datos", "PostgreSQL"), ("Bases de datos", "Redis"),
                          ("Herramientas", "Docker"), ("Herramientas", "Git"), ("Herramientas", "Jenkins")],
    "fr-petites-capitales.pdf": [("Qualité", "HACCP"), ("Qualité", "AMDEC"), ("Qualité", "ISO 22000"),
                                 ("Outils", "Minitab"), ("Outils", "SAP QM"), ("Outils", "Excel")],
    "it-europass.pdf": [(None, "SolidWorks"), (None, "ANSYS"), (None, "AutoCAD")],
    "nl-regels.pdf": [(None, "Triage"), (None, "Wondzorg"), (None, "ECG beoordelen"), (None, "HiX")],
    "en-in-fresher.docx": [("Languages", "C"), ("Languages", "Java"), ("Languages", "Python"), ("Web", "HTML"),
                           ("Web", "CSS"), ("Web", "JavaScript"), ("Database", "MySQL")],
    "en-skills-grid.docx": [(None, s) for s in ("Kubernetes", "Terraform", "Prometheus", "Go", "Python", "Bash", "AWS",
                                                "GCP", "PostgreSQL")],
    "pl-cv.docx": [(None, "Symfonia"), (None, "Comarch ERP Optima"), (None, "Excel")],
    "pt-br-formacao.pdf": [(None, "SQL"), (None, "Python"), (None, "Power BI"), (None, "Looker Studio")],
    "en-us-student.pdf": [("Languages", "Python"), ("Languages", "Java"), ("Languages", "C++"), ("Languages", "SQL"),
                          ("Tools", "Git"), ("Tools", "Docker"), ("Tools", "Linux")],
    "en-markdown.md": [("Design", "Figma"), ("Design", "prototyping"), ("Design", "design systems"),
                       ("Research", "interviews"), ("Research", "usability testing")],
    "en-linkedin-paste.txt": [(None, "Demand Planning"), (None, "SQL"), (None, "Power BI")],
    "en-cert-ids.docx": [(None, "AutoCAD"), (None, "Amtech"), (None, "DIALux evo"), (None, "Revit MEP")],
    "de-weiterbildung.docx": [("Sehr gut", "Orbis"), ("Sehr gut", "COPRA"), ("Sehr gut", "MS Office"),
                              ("Grundkenntnisse", "SAP IS-H")],
    "es-proyectos.docx": [("Avanzado", "Python"), ("Avanzado", "SQL"), ("Avanzado", "Airflow"), ("Intermedio", "Scala"),
                          ("Intermedio", "Spark"), ("Básico", "Rust")],
    "en-europass-grid.pdf": [(None, "QGIS"), (None, "R"), (None, "PostgreSQL"), (None, "Python")],
    "fr-competences.pdf": [(None, s) for s in ("SEO", "SEA", "Google Analytics 4", "HubSpot", "Canva", "WordPress",
                                               "Looker Studio", "Brevo")],
    "it-patente.pdf": [(None, "SolidWorks"), (None, "Creo Parametric"), (None, "ANSYS Mechanical"), (None, "MATLAB")],
    "en-nurse.txt": [("Advanced", "patient assessment"), ("Advanced", "IV insertion"), ("Advanced", "telemetry monitoring"),
                     ("Intermediate", "Epic charting"), ("Intermediate", "wound care")],
    "en-portfolio.md": [(None, s) for s in ("PyTorch", "scikit-learn", "Dask", "xarray", "Rust", "SQL", "Docker",
                                            "Kubernetes")],
    "pl-kursy.md": [("Zaawansowany", "SAP EWM"), ("Zaawansowany", "Excel"), ("Średniozaawansowany", "Power BI"),
                    ("Średniozaawansowany", "SQL")],
    "en-in-academic.docx": [("CAD Tools", "AutoCAD"), ("CAD Tools", "SolidWorks"), ("CAD Tools", "CATIA V5"),
                            ("Analysis", "ANSYS Workbench"), ("Programming", "C"), ("Programming", "Python"),
                            (None, "Quick learner"), (None, "Team player")],
    "en-in-lines.pdf": [("Languages", s) for s in ("Java", "Python", "JavaScript", "SQL")]
    + [("Frameworks & Libraries", s) for s in ("Spring Boot", "Hibernate", "React", "Node.js", "Express", "JUnit",
                                               "Mockito", "Pandas")]
    + [("Tools", s) for s in ("Git", "Docker", "Jenkins", "IntelliJ IDEA")],
    "en-us-junior.docx": [("Technical", s) for s in ("Stata", "R", "Python", "Excel (pivot tables, VLOOKUP)")],
    "en-word-template.docx": [(None, s) for s in ("Scheduling", "Medical billing (CPT, ICD-10)", "Dentrix",
                                                  "Team leadership", "QuickBooks", "Microsoft Office")],
    "en-skill-bars.pdf": [(None, s) for s in ("Kubernetes", "Terraform", "Go", "Ansible")]
    + [("Cloud & Platforms", s) for s in ("AWS (EKS, RDS, S3)", "Google Cloud", "Hetzner Cloud", "OpenStack",
                                          "Cloudflare")]
    + [("Observability", s) for s in ("Prometheus", "Grafana", "Loki")],
    "en-cefr-table.docx": [("Research", "interviews"), ("Research", "diary studies"), ("Research", "usability testing"),
                           ("Tools", "Dovetail"), ("Tools", "Figma"), ("Tools", "Qualtrics")],
    "ru-hh.docx": [(None, s) for s in ("BPMN", "UML", "SQL", "Confluence", "Jira")],
    "uk-cv.docx": [("Мови програмування", "Kotlin"), ("Мови програмування", "Java"), ("Бібліотеки", "Jetpack Compose"),
                   ("Бібліотеки", "Retrofit"), ("Бібліотеки", "Room")],
    "tr-kisisel.pdf": [(None, s) for s in ("SolidWorks", "AutoCAD", "MS Office", "Minitab")],
}

INTERESTS = {
    "de-kopftabelle.docx": ["Rennrad", "Chorgesang"],
    "en-sidebar-icons.docx": ["Bouldering", "Chess"],
    "fr-petites-capitales.pdf": ["Escalade", "photographie argentique"],
    "en-in-fresher.docx": ["Reading", "Badminton"],
    "pl-cv.docx": ["Jazda na rowerze", "fotografia"],
    "fr-competences.pdf": ["Voile", "randonnée"],
    "en-in-academic.docx": ["Carrom", "Sketching"],
    "en-us-junior.docx": ["Distance running", "Vietnamese cooking", "Crossword puzzles"],
}


# round 9: (name, url, technologies) of each project; publication titles' first words and dates; awards (title, date)
PROJECTS = {
    "es-proyectos.docx": [("Ebro Flow", "https://github.com/aquintanilla-ejemplo/ebro-flow", ["Python", "Airflow", "DuckDB"]),
                          ("Mapa de Ruido Urbano", "https://ruido.example.org", ["TypeScript", "Leaflet", "PostGIS"])],
    "en-portfolio.md": [("Fjordcast", "https://fjordcast.example.org", ["PyTorch", "xarray", "Dask"]),
                        ("Tramline", "https://github.com/kofilm-example/tramline", ["Rust", "Apache Arrow"])],
}
PUBLICATIONS = {
    "es-proyectos.docx": [("Quintanilla Rey, Á. y Lasheras, M. (2021)", "2021")],
    "en-portfolio.md": [("Lindqvist-Mensah, K. and Berg, A. (2021)", "2021"), ("Berg, A., Lindqvist-Mensah, K.", "2020")],
}
AWARDS = {
    "es-proyectos.docx": [("Primer premio, Hackathon de Datos Abiertos del Ebro", "2019"),
                          ("Beca de colaboración, Departamento de Estadística, Universidad de Moncayo", "2017")],
    "en-portfolio.md": [("Best Student Paper, Nordic Workshop on Machine Learning", "2021"),
                        ("Dean's Award for Teaching Assistants, Göta Institute of Technology", "2018")],
}

def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN: dict = {}


def _params(table: dict, field: str):
    out = []
    for doc, rows in table.items():
        for n, row in enumerate(rows if isinstance(rows, list) else [rows]):
            out.append(pytest.param(doc, n, row, id=f"{doc}-{n}", marks=KNOWN.get((field, doc, n), ())))
    return out


def _person_params():
    out = []
    for doc, row in PERSON.items():
        for n, value in enumerate(row):
            out.append(pytest.param(doc, n, value, id=f"{doc}-{('name', 'headline', 'summary')[n]}",
                                    marks=KNOWN.get(("person", doc, n), ())))
    return out


_cache: dict = {}


def _parse(doc: str):
    if doc not in _cache:
        _cache[doc] = resumekit.parse(DIR / doc, options=PINNED)
    return _cache[doc]


def test_every_fixture_is_checked():
    docs = sorted(p.name for p in DIR.iterdir())
    assert docs == sorted(PERSON) == sorted(CONTACT) == sorted(EDUCATION) == sorted(LANGUAGES) == sorted(SKILLS)


@pytest.mark.parametrize("doc, n, value", _person_params())
def test_name_headline_summary(doc, n, value):
    c = _parse(doc)
    if n == 0:
        assert c.name == value
    elif n == 1:
        assert c.headline == value
    else:
        assert (c.summary or "").startswith(value) if value else not c.summary


@pytest.mark.parametrize("doc, n, row", _params({d: [v] for d, v in CONTACT.items()}, "location"))
def test_email_and_place(doc, n, row):
    c = _parse(doc)
    assert c.contact.emails == [row[0]]
    assert (c.contact.location.raw if c.contact.location else None) == row[1]


@pytest.mark.parametrize("doc, n, row", _params(EDUCATION, "education"))
def test_education(doc, n, row):
    got = _parse(doc).education
    assert len(got) == len(EDUCATION[doc])
    e = got[n]
    assert (e.degree, e.institution, e.start, e.end, e.grade.raw if e.grade else None) == row
    assert e.current == (row[2] is not None and row[3] is None)


@pytest.mark.parametrize("doc, n, row", _params(LANGUAGES, "languages"))
def test_languages(doc, n, row):
    got = sorted((l.name, l.proficiency) for l in _parse(doc).languages)
    assert len(got) == len(LANGUAGES[doc])
    assert row in got if row[1] is not ... else row[0] in [name for name, _ in got]


@pytest.mark.parametrize("doc", ["en-europass-grid.pdf"])
def test_each_language_of_the_europass_grid_keeps_a_level(doc):
    got = {lang.name: lang.proficiency for lang in _parse(doc).languages}
    assert got.get("English") and got.get("Spanish")


@pytest.mark.parametrize("doc, n, row", _params(CERTIFICATIONS, "certifications"))
def test_certifications(doc, n, row):
    got = _parse(doc).certifications
    assert len(got) == len(CERTIFICATIONS[doc])
    assert (got[n].name, got[n].issuer, got[n].date) == row


@pytest.mark.parametrize("doc", sorted(SKILLS))
def test_skills(doc):
    assert [(s.category, s.name) for s in _parse(doc).skills] == SKILLS[doc]


@pytest.mark.parametrize("doc", [pytest.param(d, marks=KNOWN.get(("interests", d, 0), ())) for d in sorted(PERSON)])
def test_interests(doc):
    assert _parse(doc).interests == INTERESTS.get(doc, [])


@pytest.mark.parametrize("doc, n, row", _params(PROJECTS, "projects"))
def test_projects(doc, n, row):
    got = _parse(doc).projects
    assert len(got) == len(PROJECTS[doc])
    assert (got[n].name, got[n].url, got[n].technologies) == (row[0], row[1], row[2])


@pytest.mark.parametrize("doc, n, row", _params(PUBLICATIONS, "publications"))
def test_publications(doc, n, row):
    got = _parse(doc).publications
    assert len(got) == len(PUBLICATIONS[doc])
    assert got[n].title.startswith(row[0]) and got[n].date == row[1]


@pytest.mark.parametrize("doc, n, row", _params(AWARDS, "awards"))
def test_awards(doc, n, row):
    got = _parse(doc).awards
    assert len(got) == len(AWARDS[doc])
    assert (got[n].title, got[n].date) == row
