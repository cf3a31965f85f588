# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo events. `start`/`end`: "YYYY-MM-DD HH:MM" in Dushanbe time, or "+N HH:MM" /
"-N HH:MM" for N days from the day of loading (so the demo always has upcoming events).
Titles, summaries and venues in en / ru / tg; online events have no venue."""

EVENTS = [
    dict(
        slug="roundtable-returnees-access-to-jobs",
        start="+9 10:00",
        end="+9 13:00",
        format="in_person",
        place="khujand",
        venue={
            "en": "Regional Administration, conference hall",
            "ru": "Хукумат Согдийской области, конференц-зал",
            "tg": "Ҳукумати вилояти Суғд, толори конфронсҳо",
        },
        organizers=["ministry-of-labour", "swiss-cooperation"],
        themes=["returns-reintegration"],
        title={
            "en": "Roundtable: returning migrants and access to jobs in Sughd",
            "ru": "Круглый стол: вернувшиеся мигранты и доступ к работе в Согде",
            "tg": "Мизи мудаввар: муҳоҷирони баргашта ва дастрасӣ ба кор дар Суғд",
        },
        summary={
            "en": "Employers, employment services and NGOs discuss how to recognise skills gained abroad.",
            "ru": "Работодатели, службы занятости и НПО обсудят, как признавать навыки, полученные за рубежом.",
            "tg": "Корфармоён, хадамоти шуғл ва ташкилотҳои ғайриҳукуматӣ эътирофи малакаҳои дар хориҷа гирифташударо муҳокима мекунанд.",
        },
    ),
    dict(
        slug="webinar-safe-remittances",
        start="+16 15:00",
        end="+16 16:30",
        format="online",
        place=None,
        link="https://events.example.org/safe-remittances",
        organizers=["swiss-cooperation"],
        themes=["remittances-development"],
        title={
            "en": "Webinar: sending money home safely and cheaply",
            "ru": "Вебинар: как отправлять деньги домой безопасно и недорого",
            "tg": "Вебинар: чӣ тавр пулро ба хона бехатар ва арзон фиристодан",
        },
        summary={
            "en": "For migrants and their families: comparing transfer services, fees and exchange rates.",
            "ru": "Для мигрантов и их семей: сравнение услуг переводов, комиссий и курсов обмена.",
            "tg": "Барои муҳоҷирон ва оилаҳояшон: муқоисаи хизматҳои интиқол, ҳаққи хизмат ва қурби асъор.",
        },
    ),
    dict(
        slug="16-days-campaign-launch-2026",
        start="+3 11:00",
        end="+3 13:00",
        format="hybrid",
        place="dushanbe",
        venue={
            "en": "National Library, small hall",
            "ru": "Национальная библиотека, малый зал",
            "tg": "Китобхонаи миллӣ, толори хурд",
        },
        link="https://events.example.org/16-days",
        organizers=["kuhsor-women", "unicef"],
        themes=["counter-trafficking"],
        title={
            "en": "Launch of the 16 Days of Activism campaign",
            "ru": "Старт кампании «16 дней активных действий»",
            "tg": "Оғози маъракаи «16 рӯзи фаъолият»",
        },
        summary={
            "en": "Opening event of the campaign against gender-based violence, with a focus on migrants’ families.",
            "ru": "Открытие кампании против гендерного насилия с акцентом на семьи мигрантов.",
            "tg": "Чорабинии оғози маърака бар зидди зӯроварии гендерӣ бо таваҷҷуҳ ба оилаҳои муҳоҷирон.",
        },
    ),
    dict(
        slug="training-border-officers-sughd",
        start="2026-10-20 09:00",
        end="2026-10-22 17:00",
        format="in_person",
        place="khujand",
        venue={
            "en": "Border Troops training centre",
            "ru": "Учебный центр Пограничных войск",
            "tg": "Маркази таълимии Қӯшунҳои сарҳадӣ",
        },
        organizers=["border-troops", "government-of-japan"],
        themes=["border-management", "counter-trafficking"],
        title={
            "en": "Training for border officers in Sughd",
            "ru": "Тренинг для пограничников в Согде",
            "tg": "Омӯзиш барои сарҳадбонон дар Суғд",
        },
        summary={
            "en": "Three days on identifying and referring vulnerable travellers at crossing points.",
            "ru": "Три дня о выявлении и перенаправлении уязвимых путешественников в пунктах пропуска.",
            "tg": "Се рӯз оид ба муайян ва равона кардани мусофирони осебпазир дар гузаргоҳҳо.",
        },
    ),
    dict(
        slug="international-migrants-day-2025",
        start="2025-12-18 10:00",
        end="2025-12-18 14:00",
        format="in_person",
        place="dushanbe",
        venue={
            "en": "Mission office, 22 Rudaki Avenue",
            "ru": "Офис миссии, проспект Рудаки, 22",
            "tg": "Дафтари миссия, хиёбони Рӯдакӣ, 22",
        },
        organizers=["unhcr", "undp"],
        themes=["migration-governance"],
        title={
            "en": "International Migrants Day 2025",
            "ru": "Международный день мигрантов 2025",
            "tg": "Рӯзи байналмилалии муҳоҷирон 2025",
        },
        summary={
            "en": "Film screening and discussion with returning migrants, students and partners.",
            "ru": "Показ фильмов и обсуждение с вернувшимися мигрантами, студентами и партнёрами.",
            "tg": "Намоиши филмҳо ва муҳокима бо муҳоҷирони баргашта, донишҷӯён ва шарикон.",
        },
    ),
    dict(
        slug="webinar-migration-data-2025",
        start="2025-04-10 14:00",
        end="2025-04-10 16:00",
        format="online",
        place=None,
        link="https://events.example.org/migration-data",
        organizers=["statistics-agency"],
        themes=["migration-data"],
        title={
            "en": "Webinar: data on return migration",
            "ru": "Вебинар: данные о возвратной миграции",
            "tg": "Вебинар: маълумот оид ба муҳоҷирати бозгашт",
        },
        summary={
            "en": "Statisticians and researchers compare how returnees are counted.",
            "ru": "Статистики и исследователи сравнивают, как считают вернувшихся мигрантов.",
            "tg": "Оморшиносон ва муҳаққиқон муқоиса мекунанд, ки баргаштагон чӣ тавр ҳисоб карда мешаванд.",
        },
    ),
]
