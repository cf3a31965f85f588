# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Key figures: value, unit, label, year and source, in en / ru / tg."""

# key: dict(value, unit, label and source_name per language, year, source_url)
FIGURES = {
    "remittances-gdp": dict(
        value="45",
        unit={"en": "%", "ru": "%", "tg": "%"},
        label={
            "en": "of gross domestic product came from personal remittances",
            "ru": "валового внутреннего продукта составили денежные переводы",
            "tg": "маҷмӯи маҳсулоти дохилиро интиқоли пули шахсӣ ташкил дод",
        },
        year=2024,
        source_name={
            "en": "World Bank, World Development Indicators",
            "ru": "Всемирный банк, «Показатели мирового развития»",
            "tg": "Бонки умумиҷаҳонӣ, «Нишондиҳандаҳои рушди ҷаҳонӣ»",
        },
        source_url="https://data.worldbank.org/indicator/BX.TRF.PWKR.DT.GD.ZS?locations=TJ",
    ),
    "migrants-counselled": dict(
        value="12,400",
        unit={"en": "", "ru": "", "tg": ""},
        label={
            "en": "migrants and family members advised by Migrant Resource Centres",
            "ru": "мигрантов и членов их семей получили консультации в ресурсных центрах",
            "tg": "муҳоҷирон ва аъзои оилаашон дар марказҳои захиравӣ машварат гирифтанд",
        },
        year=2025,
        source_name={
            "en": "Mission programme monitoring data",
            "ru": "Данные мониторинга программ миссии",
            "tg": "Маълумоти мониторинги барномаҳои миссия",
        },
        source_url="",
    ),
    "trafficking-victims-assisted": dict(
        value="86",
        unit={"en": "", "ru": "", "tg": ""},
        label={
            "en": "survivors of trafficking received shelter, medical and legal help",
            "ru": "пострадавших от торговли людьми получили приют, медицинскую и юридическую помощь",
            "tg": "ҷабрдидагони савдои одамон паноҳгоҳ, кӯмаки тиббӣ ва ҳуқуқӣ гирифтанд",
        },
        year=2025,
        source_name={
            "en": "Mission case management data",
            "ru": "Данные миссии о сопровождении пострадавших",
            "tg": "Маълумоти миссия оид ба пайгирии ҳолатҳои ҷабрдидагон",
        },
        source_url="",
    ),
    "border-posts-equipped": dict(
        value="14",
        unit={"en": "", "ru": "", "tg": ""},
        label={
            "en": "border crossing points refurbished and equipped since 2019",
            "ru": "пунктов пропуска через границу отремонтированы и оснащены с 2019 года",
            "tg": "гузаргоҳҳои сарҳадӣ аз соли 2019 таъмир ва муҷаҳҳаз карда шуданд",
        },
        year=2025,
        source_name={
            "en": "Mission border management project reports",
            "ru": "Отчёты проекта миссии по управлению границами",
            "tg": "Ҳисоботҳои лоиҳаи миссия оид ба идоракунии сарҳад",
        },
        source_url="",
    ),
    "labour-migrants-abroad": dict(
        value="520,000",
        unit={"en": "", "ru": "", "tg": ""},
        label={
            "en": "citizens left the country for work abroad (preliminary)",
            "ru": "граждан выехали на работу за рубеж (предварительные данные)",
            "tg": "шаҳрвандон барои кор ба хориҷа рафтанд (маълумоти пешакӣ)",
        },
        year=2024,
        source_name={
            "en": "Migration Service, annual statistical bulletin",
            "ru": "Миграционная служба, ежегодный статистический бюллетень",
            "tg": "Хадамоти муҳоҷират, бюллетени омории солона",
        },
        source_url="",
    ),
}

HOME_FIGURES = [
    "remittances-gdp",
    "labour-migrants-abroad",
    "migrants-counselled",
    "trafficking-victims-assisted",
]
