# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Key figures: value, unit, label, year and source, with ru/tg labels."""

# key: dict(value, unit, label per language, year, source_name, source_url)
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
        source_name="World Bank, World Development Indicators",
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
        source_name="Mission programme monitoring data",
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
        source_name="Mission case management data",
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
        source_name="Mission border management project reports",
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
        source_name="Migration Service, annual statistical bulletin",
        source_url="",
    ),
}

HOME_FIGURES = [
    "remittances-gdp",
    "labour-migrants-abroad",
    "migrants-counselled",
    "trafficking-victims-assisted",
]
