# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Thematic areas, places and organizations, each in en / ru / tg."""

# slug: (en, ru, tg, description per language)
THEMES = {
    "migration-health": (
        "Migration health",
        "Здоровье мигрантов",
        "Саломатии муҳоҷирон",
        {
            "en": "HIV and TB prevention, health screening and referral for migrants and their families.",
            "ru": "Профилактика ВИЧ и туберкулёза, медицинские осмотры и направление к врачам для мигрантов и их семей.",
            "tg": "Пешгирии ВНМО ва сил, муоинаи тиббӣ ва равона кардан ба духтурон барои муҳоҷирон ва оилаҳояшон.",
        },
    ),
    "counter-trafficking": (
        "Counter-trafficking",
        "Противодействие торговле людьми",
        "Муқовимат ба савдои одамон",
        {
            "en": "Prevention, protection of victims and support to prosecution of trafficking crimes.",
            "ru": "Профилактика, защита пострадавших и содействие уголовному преследованию за торговлю людьми.",
            "tg": "Пешгирӣ, ҳифзи ҷабрдидагон ва мусоидат ба таъқиби ҷиноятҳои савдои одамон.",
        },
    ),
    "labour-migration": (
        "Labour migration",
        "Трудовая миграция",
        "Муҳоҷирати меҳнатӣ",
        {
            "en": "Safe, regular and informed labour migration; pre-departure orientation.",
            "ru": "Безопасная, легальная и осознанная трудовая миграция; предвыездная подготовка.",
            "tg": "Муҳоҷирати меҳнатии бехатар, қонунӣ ва огоҳона; омодагии пеш аз сафар.",
        },
    ),
    "migration-governance": (
        "Migration governance",
        "Управление миграцией",
        "Идоракунии муҳоҷират",
        {
            "en": "Policy, legislation and institutions that manage migration.",
            "ru": "Политика, законодательство и институты, которые управляют миграцией.",
            "tg": "Сиёсат, қонунгузорӣ ва муассисаҳое, ки муҳоҷиратро идора мекунанд.",
        },
    ),
    "border-management": (
        "Border management",
        "Управление границами",
        "Идоракунии сарҳад",
        {
            "en": "Border crossing points, training of border and customs officers, cross-border cooperation.",
            "ru": "Пункты пропуска через границу, обучение пограничников и таможенников, приграничное сотрудничество.",
            "tg": "Гузаргоҳҳои сарҳадӣ, омӯзиши сарҳадбонон ва кормандони гумрук, ҳамкории наздисарҳадӣ.",
        },
    ),
    "emergencies": (
        "Emergencies and disaster response",
        "Чрезвычайные ситуации и реагирование на бедствия",
        "Ҳолатҳои фавқулодда ва вокуниш ба офатҳо",
        {
            "en": "Preparedness, relief and recovery after floods, mudflows and earthquakes.",
            "ru": "Готовность, помощь и восстановление после паводков, селей и землетрясений.",
            "tg": "Омодагӣ, кӯмак ва барқарорсозӣ пас аз обхезӣ, сел ва заминларза.",
        },
    ),
    "returns-reintegration": (
        "Returns and reintegration",
        "Возвращение и реинтеграция",
        "Бозгашт ва ҳамгироии дубора",
        {
            "en": "Help for returning migrants to settle back, find work or start a business.",
            "ru": "Помощь вернувшимся мигрантам: обустроиться дома, найти работу или открыть своё дело.",
            "tg": "Кӯмак ба муҳоҷирони баргашта барои дар ватан ҷойгир шудан, кор ёфтан ё оғоз кардани тиҷорати худ.",
        },
    ),
    "remittances-development": (
        "Remittances and development",
        "Денежные переводы и развитие",
        "Интиқоли пул ва рушд",
        {
            "en": "Financial literacy and productive use of remittances in communities of origin.",
            "ru": "Финансовая грамотность и продуктивное использование денежных переводов там, откуда уезжают мигранты.",
            "tg": "Саводнокии молиявӣ ва истифодаи самараноки интиқоли пул дар ҷамоатҳое, ки муҳоҷирон аз он ҷо мераванд.",
        },
    ),
    "migration-data": (
        "Migration data",
        "Миграционные данные",
        "Маълумоти муҳоҷират",
        {
            "en": "Surveys, statistics and research that inform migration policy.",
            "ru": "Опросы, статистика и исследования, на которые опирается миграционная политика.",
            "tg": "Пурсишҳо, омор ва таҳқиқоте, ки сиёсати муҳоҷират ба онҳо такя мекунад.",
        },
    ),
}

# region key: (en, ru, tg)
REGIONS = {
    "dushanbe": ("Dushanbe", "Душанбе", "Душанбе"),
    "sughd": ("Sughd", "Согдийская область", "вилояти Суғд"),
    "khatlon": ("Khatlon", "Хатлонская область", "вилояти Хатлон"),
    "gbao": ("Gorno-Badakhshan", "ГБАО", "ВМКБ"),
    "drs": (
        "Districts of Republican Subordination",
        "Районы республиканского подчинения",
        "Ноҳияҳои тобеи ҷумҳурӣ",
    ),
}

# slug: (en, ru, tg, region key)
PLACES = {
    "dushanbe": ("Dushanbe", "Душанбе", "Душанбе", "dushanbe"),
    "khujand": ("Khujand", "Худжанд", "Хуҷанд", "sughd"),
    "kulob": ("Kulob", "Куляб", "Кӯлоб", "khatlon"),
    "bokhtar": ("Bokhtar", "Бохтар", "Бохтар", "khatlon"),
    "khorog": ("Khorog", "Хорог", "Хоруғ", "gbao"),
    "tursunzoda": ("Tursunzoda", "Турсунзаде", "Турсунзода", "drs"),
    "vahdat": ("Vahdat", "Вахдат", "Ваҳдат", "drs"),
    "rasht-valley": ("Rasht Valley", "Раштская долина", "водии Рашт", "drs"),
    "khatlon": ("Khatlon region", "Хатлонская область", "вилояти Хатлон", "khatlon"),
    "sughd": ("Sughd region", "Согдийская область", "вилояти Суғд", "sughd"),
}

# slug: (en, ru, tg, acronym, type, website)
ORGANIZATIONS = {
    "european-union": ("European Union", "Европейский союз", "Иттиҳоди Аврупо", "EU", "donor", ""),
    "government-of-japan": (
        "Government of Japan",
        "Правительство Японии",
        "Ҳукумати Ҷопон",
        "",
        "donor",
        "",
    ),
    "swiss-cooperation": (
        "Swiss Agency for Development and Cooperation",
        "Швейцарское агентство по развитию и сотрудничеству",
        "Агентии Швейтсария оид ба рушд ва ҳамкорӣ",
        "SDC",
        "donor",
        "",
    ),
    "global-fund": (
        "Global Fund to Fight AIDS, Tuberculosis and Malaria",
        "Глобальный фонд для борьбы со СПИДом, туберкулёзом и малярией",
        "Хазинаи глобалӣ барои мубориза бо СПИД, сил ва вараҷа",
        "Global Fund",
        "donor",
        "",
    ),
    "unicef": ("UNICEF", "ЮНИСЕФ", "ЮНИСЕФ", "UNICEF", "un_agency", ""),
    "unhcr": ("UNHCR", "УВКБ ООН", "КОГПБ СММ", "UNHCR", "un_agency", ""),
    "who": (
        "World Health Organization",
        "Всемирная организация здравоохранения",
        "Созмони умумиҷаҳонии тандурустӣ",
        "WHO",
        "un_agency",
        "",
    ),
    "undp": (
        "United Nations Development Programme",
        "Программа развития ООН",
        "Барномаи рушди СММ",
        "UNDP",
        "un_agency",
        "",
    ),
    "ministry-of-labour": (
        "Ministry of Labour, Migration and Employment",
        "Министерство труда, миграции и занятости населения",
        "Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ",
        "",
        "government",
        "",
    ),
    "migration-service": (
        "Migration Service",
        "Миграционная служба",
        "Хадамоти муҳоҷират",
        "",
        "government",
        "",
    ),
    "ministry-of-health": (
        "Ministry of Health and Social Protection",
        "Министерство здравоохранения и социальной защиты населения",
        "Вазорати тандурустӣ ва ҳифзи иҷтимоии аҳолӣ",
        "",
        "government",
        "",
    ),
    "committee-emergencies": (
        "Committee of Emergency Situations and Civil Defence",
        "Комитет по чрезвычайным ситуациям и гражданской обороне",
        "Кумитаи ҳолатҳои фавқулодда ва мудофиаи граждани",
        "CoES",
        "government",
        "",
    ),
    "border-troops": (
        "Border Troops",
        "Пограничные войска",
        "Қӯшунҳои сарҳадӣ",
        "",
        "government",
        "",
    ),
    "statistics-agency": (
        "Agency on Statistics",
        "Агентство по статистике",
        "Агентии омор",
        "",
        "government",
        "",
    ),
    "hamroh": (
        "Hamroh Migrant Support Centre",
        "Центр поддержки мигрантов «Ҳамроҳ»",
        "Маркази дастгирии муҳоҷирон «Ҳамроҳ»",
        "",
        "ngo",
        "",
    ),
    "nuri-umed": (
        "Nuri Umed Public Association",
        "Общественное объединение «Нури умед»",
        "Иттиҳодияи ҷамъиятии «Нури умед»",
        "",
        "ngo",
        "",
    ),
    "kuhsor-women": (
        "Kuhsor Mountain Women's Association",
        "Ассоциация горных женщин «Кӯҳсор»",
        "Ассотсиатсияи занони кӯҳистон «Кӯҳсор»",
        "",
        "ngo",
        "",
    ),
}
