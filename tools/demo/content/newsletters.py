# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo newsletter issues. `toc`: article slugs, or {language: (title, summary)} for a
story that is not on the site. `briefs`: project slugs for the "Project Briefs" section."""

SERIES = {
    "newsletter": {
        "en": "Newsletter",
        "ru": "Информационный бюллетень",
        "tg": "Бюллетени иттилоотӣ",
    },
    "today": {"en": "Today", "ru": "Сегодня", "tg": "Имрӯз"},
}

ISSUES = [
    dict(
        slug="today-2026-no-3",
        series="today",
        number=3,
        date="2026-10-01",
        precision="month",
        title="Today — October 2026",
        intro="Autumn issue: a new resource centre in Kulob, a programme with the European Union, and a bakery in Vahdat.",
        toc=[
            "migrant-resource-centre-opens-in-kulob",
            "eu-safe-labour-migration-programme-launched",
            "farrukh-bakery-vahdat",
            {
                "en": (
                    "Talk show on national radio discusses fair recruitment",
                    "Listeners called in with questions about job offers from abroad.",
                ),
                "ru": (
                    "На национальном радио обсудили честный наём работников",
                    "Слушатели звонили в студию с вопросами о предложениях работы из-за рубежа.",
                ),
                "tg": (
                    "Дар радиои миллӣ ба кор гирифтани одилона муҳокима шуд",
                    "Шунавандагон бо саволҳо дар бораи пешниҳодҳои кор аз хориҷа ба студия занг заданд.",
                ),
            },
        ],
        briefs=["safe-labour-migration-programme", "migrant-resource-centres"],
        translations=["ru", "tg"],
    ),
    dict(
        slug="today-2026-no-2",
        series="today",
        number=2,
        date="2026-06-01",
        precision="month",
        title="Today — June 2026",
        intro="Health in the Rasht Valley, relief after floods in Khatlon, and what families in Sughd do with remittances.",
        toc=[
            "mobile-clinics-tb-screening-rasht",
            "shelter-kits-flood-affected-families-khatlon",
            "remittances-survey-sughd",
        ],
        briefs=["tb-hiv-prevention-among-migrants", "climate-resilient-communities"],
        translations=["ru"],
    ),
    dict(
        slug="newsletter-2025-no-12",
        series="newsletter",
        number=12,
        date="2025-12-20",
        precision="day",
        title="Newsletter No. 12 — December 2025",
        intro="The year in review: International Migrants Day, a refurbished crossing point and a roundtable in Bokhtar.",
        toc=[
            "joint-statement-international-migrants-day-2025",
            "tursunzoda-crossing-point-reopens",
            "roundtable-bokhtar-health-returning-migrants",
            "khorog-emergency-team-avalanche-training",
            {
                "en": (
                    "Volunteers in Vahdat clean up the riverbank",
                    "Returning migrants and schoolchildren planted 300 trees.",
                ),
                "ru": (
                    "Волонтёры в Вахдате убрали берег реки",
                    "Вернувшиеся мигранты и школьники посадили 300 деревьев.",
                ),
                "tg": (
                    "Ихтиёриён дар Ваҳдат соҳили дарёро тоза карданд",
                    "Муҳоҷирони баргашта ва хонандагони мактаб 300 дарахт шинонданд.",
                ),
            },
        ],
        briefs=["border-management-tajik-afghan-border", "protection-of-trafficking-survivors"],
        translations=[],
    ),
]

# Translated titles and intros of issues: slug -> language -> (title, intro)
ISSUE_TRANSLATIONS = {
    "today-2026-no-3": {
        "ru": (
            "Сегодня — октябрь 2026",
            "Осенний выпуск: новый ресурсный центр в Кулябе, программа с Европейским союзом и пекарня в Вахдате.",
        ),
        "tg": (
            "Имрӯз — октябри 2026",
            "Шумораи тирамоҳӣ: маркази нави захиравӣ дар Кӯлоб, барнома бо Иттиҳоди Аврупо ва нонвойхона дар Ваҳдат.",
        ),
    },
    "today-2026-no-2": {
        "ru": (
            "Сегодня — июнь 2026",
            "Здоровье в Раштской долине, помощь после паводков в Хатлоне и на что семьи в Согде тратят переводы.",
        ),
    },
}

SECTION_HEADING = {
    "en": "Project Briefs",
    "ru": "Краткие сведения о проектах",
    "tg": "Маълумоти мухтасар дар бораи лоиҳаҳо",
}
