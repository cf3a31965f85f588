# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo projects. Titles, summaries and bodies in en / ru / tg (each body has the same
blocks, in the same order, in every language)."""

PROJECTS = [
    dict(
        slug="safe-labour-migration-programme",
        status="active",
        start_date="2026-09-01",
        end_date="2030-08-31",
        thematic_area="labour-migration",
        donors=["european-union"],
        partners=["ministry-of-labour", "migration-service"],
        regions=["khatlon", "sughd", "dushanbe", "rasht-valley"],
        title={
            "en": "Safe Labour Migration Programme",
            "ru": "Программа безопасной трудовой миграции",
            "tg": "Барномаи муҳоҷирати бехатари меҳнатӣ",
        },
        summary={
            "en": "Prepares people for work abroad, protects them while they are away and supports them when they come home.",
            "ru": "Готовит людей к работе за рубежом, защищает их за границей и поддерживает после возвращения.",
            "tg": "Одамонро ба кор дар хориҷа омода месозад, онҳоро дар хориҷа ҳимоя мекунад ва пас аз бозгашт дастгирӣ менамояд.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "The programme extends pre-departure orientation to every district, trains consular staff in destination countries and sets up referral services for returnees.",
                ),
                (
                    "paragraph",
                    "It works through the network of Migrant Resource Centres and the district offices of the Migration Service.",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "Программа распространяет предвыездную подготовку на все районы, обучает сотрудников консульств в странах назначения и создаёт службы перенаправления для вернувшихся мигрантов.",
                ),
                (
                    "paragraph",
                    "Она работает через сеть ресурсных центров для мигрантов и районные отделы Миграционной службы.",
                ),
            ],
            "tg": [
                (
                    "paragraph",
                    "Барнома омодагии пеш аз сафарро ба ҳамаи ноҳияҳо мерасонад, кормандони консулгариҳоро дар кишварҳои таъинот омӯзиш медиҳад ва барои баргаштагон хадамоти равонакунӣ таъсис медиҳад.",
                ),
                (
                    "paragraph",
                    "Барнома тавассути шабакаи марказҳои захиравии муҳоҷирон ва шуъбаҳои ноҳиявии Хадамоти муҳоҷират амалӣ мешавад.",
                ),
            ],
        },
    ),
    dict(
        slug="migrant-resource-centres",
        status="active",
        start_date="2022-01-01",
        end_date="2028-12-31",
        thematic_area="labour-migration",
        donors=["swiss-cooperation"],
        partners=["ministry-of-labour", "hamroh"],
        regions=["dushanbe", "khujand", "kulob", "bokhtar", "khorog"],
        title={
            "en": "Migrant Resource Centres Network",
            "ru": "Сеть ресурсных центров для мигрантов",
            "tg": "Шабакаи марказҳои захиравии муҳоҷирон",
        },
        summary={
            "en": "Free advice on jobs, documents and rights for migrants and their families in nine towns.",
            "ru": "Бесплатные консультации о работе, документах и правах для мигрантов и их семей в девяти городах.",
            "tg": "Машварати ройгон оид ба кор, ҳуҷҷатҳо ва ҳуқуқҳо барои муҳоҷирон ва оилаҳояшон дар нӯҳ шаҳр.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "Counsellors and lawyers advise visitors in person, by phone and through messaging apps, and follow up on cases with partners abroad.",
                ),
                ("key_figure", "migrants-counselled"),
            ],
            "ru": [
                (
                    "paragraph",
                    "Консультанты и юристы принимают посетителей лично, отвечают по телефону и в мессенджерах и вместе с партнёрами за рубежом доводят каждое обращение до решения.",
                ),
                ("key_figure", "migrants-counselled"),
            ],
            "tg": [
                (
                    "paragraph",
                    "Мушовирон ва ҳуқуқшиносон ба муроҷиаткунандагон рӯ ба рӯ, тавассути телефон ва паёмрасонҳо машварат медиҳанд ва ҳар як муроҷиатро якҷоя бо шарикон дар хориҷа то ҳалли он пайгирӣ мекунанд.",
                ),
                ("key_figure", "migrants-counselled"),
            ],
        },
    ),
    dict(
        slug="protection-of-trafficking-survivors",
        status="active",
        start_date="2024-03-01",
        end_date="2027-02-28",
        thematic_area="counter-trafficking",
        donors=["european-union"],
        partners=["hamroh", "nuri-umed"],
        regions=["dushanbe", "khujand", "sughd"],
        title={
            "en": "Protection and Assistance to Survivors of Trafficking",
            "ru": "Защита и помощь пострадавшим от торговли людьми",
            "tg": "Ҳифз ва кӯмак ба ҷабрдидагони савдои одамон",
        },
        summary={
            "en": "Shelter, medical, legal and psychological help for survivors, and a national hotline.",
            "ru": "Приют, медицинская, юридическая и психологическая помощь пострадавшим и национальная горячая линия.",
            "tg": "Паноҳгоҳ, кӯмаки тиббӣ, ҳуқуқӣ ва равонӣ ба ҷабрдидагон ва хатти боварии миллӣ.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "The project supports two shelters and a hotline, and trains police, prosecutors and border officers to identify and refer survivors.",
                ),
                ("key_figure", "trafficking-victims-assisted"),
            ],
            "ru": [
                (
                    "paragraph",
                    "Проект поддерживает два приюта и горячую линию и учит сотрудников милиции, прокуроров и пограничников выявлять пострадавших и направлять их за помощью.",
                ),
                ("key_figure", "trafficking-victims-assisted"),
            ],
            "tg": [
                (
                    "paragraph",
                    "Лоиҳа ду паноҳгоҳ ва хатти боварро дастгирӣ мекунад ва ба кормандони милитсия, прокурорҳо ва сарҳадбонон муайян кардани ҷабрдидагон ва равона кардани онҳоро барои гирифтани кӯмак меомӯзонад.",
                ),
                ("key_figure", "trafficking-victims-assisted"),
            ],
        },
    ),
    dict(
        slug="border-management-tajik-afghan-border",
        status="active",
        start_date="2023-06-01",
        end_date="2026-12-31",
        thematic_area="border-management",
        donors=["government-of-japan"],
        partners=["border-troops"],
        regions=["khorog", "kulob", "tursunzoda", "khatlon"],
        title={
            "en": "Integrated Border Management on the Southern Border",
            "ru": "Комплексное управление южной границей",
            "tg": "Идоракунии ҳамгирои сарҳади ҷанубӣ",
        },
        summary={
            "en": "Refurbishes crossing points and trains border officers in human rights-based border management.",
            "ru": "Ремонт пунктов пропуска и обучение пограничников управлению границей на основе прав человека.",
            "tg": "Таъмири гузаргоҳҳо ва омӯзиши сарҳадбонон оид ба идоракунии сарҳад дар асоси ҳуқуқи инсон.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "Crossing points receive separate lanes, waiting rooms and interview rooms; officers learn to identify vulnerable travellers.",
                ),
                ("key_figure", "border-posts-equipped"),
            ],
            "ru": [
                (
                    "paragraph",
                    "В пунктах пропуска появляются отдельные полосы движения, залы ожидания и комнаты для собеседований; сотрудники учатся распознавать уязвимых путешественников.",
                ),
                ("key_figure", "border-posts-equipped"),
            ],
            "tg": [
                (
                    "paragraph",
                    "Дар гузаргоҳҳо хатҳои алоҳидаи ҳаракат, толорҳои интизорӣ ва ҳуҷраҳои мусоҳиба пайдо мешаванд; кормандон шинохтани мусофирони осебпазирро меомӯзанд.",
                ),
                ("key_figure", "border-posts-equipped"),
            ],
        },
    ),
    dict(
        slug="tb-hiv-prevention-among-migrants",
        status="completed",
        start_date="2021-01-01",
        end_date="2025-06-30",
        thematic_area="migration-health",
        donors=["global-fund"],
        partners=["ministry-of-health", "who"],
        regions=["rasht-valley", "khatlon", "sughd"],
        title={
            "en": "TB and HIV Prevention among Migrants and their Families",
            "ru": "Профилактика туберкулёза и ВИЧ среди мигрантов и их семей",
            "tg": "Пешгирии сил ва ВНМО дар байни муҳоҷирон ва оилаҳояшон",
        },
        summary={
            "en": "Screening, testing and treatment support for migrants before departure, abroad and after return.",
            "ru": "Скрининг, тестирование и поддержка лечения мигрантов до отъезда, за рубежом и после возвращения.",
            "tg": "Ташхис, санҷиш ва дастгирии табобати муҳоҷирон пеш аз сафар, дар хориҷа ва пас аз бозгашт.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "Over four and a half years the project screened more than 40,000 people and helped over 600 complete TB treatment.",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "За четыре с половиной года проект обследовал более 40 000 человек и помог более чем 600 из них пройти полный курс лечения туберкулёза.",
                ),
            ],
            "tg": [
                (
                    "paragraph",
                    "Дар давоми чору ним сол лоиҳа зиёда аз 40 000 нафарро ташхис кард ва ба зиёда аз 600 нафар дар анҷом додани курси пурраи табобати сил кӯмак расонд.",
                ),
            ],
        },
    ),
    dict(
        slug="climate-resilient-communities",
        status="pipeline",
        start_date="2027-03-01",
        end_date="2029-12-31",
        thematic_area="emergencies",
        donors=["government-of-japan"],
        partners=["committee-emergencies", "kuhsor-women"],
        regions=["khorog", "rasht-valley", "khatlon"],
        title={
            "en": "Climate-Resilient Mountain Communities",
            "ru": "Устойчивые к изменению климата горные сообщества",
            "tg": "Ҷамоатҳои кӯҳистонии ба тағйирёбии иқлим тобовар",
        },
        summary={
            "en": "Early warning, safer housing and local jobs so that families are not forced to move by floods and mudflows.",
            "ru": "Раннее оповещение, безопасное жильё и рабочие места, чтобы паводки и сели не вынуждали семьи покидать дома.",
            "tg": "Огоҳонии барвақт, манзили бехатар ва ҷойҳои корӣ, то обхезӣ ва сел оилаҳоро маҷбур ба кӯчидан накунанд.",
        },
        body={
            "en": [
                (
                    "paragraph",
                    "The project is being designed with district authorities and communities in three mountain areas.",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "Проект разрабатывается вместе с районными властями и жителями трёх горных районов.",
                ),
            ],
            "tg": [
                (
                    "paragraph",
                    "Лоиҳа якҷоя бо мақомоти ноҳиявӣ ва сокинони се минтақаи кӯҳистонӣ таҳия мешавад.",
                ),
            ],
        },
    ),
]
