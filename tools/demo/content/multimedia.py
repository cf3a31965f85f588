# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo videos (provider URLs only: loading needs no network) and photo galleries, with
titles, summaries, transcripts, alt texts and captions in en / ru / tg."""

VIDEOS = [
    dict(
        slug="safe-migration-before-you-go",
        date="2026-02-10",
        url="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        poster="river-bands",
        themes=["labour-migration"],
        title={
            "en": "Before you go: five checks for a safe job abroad",
            "ru": "Перед отъездом: пять проверок для безопасной работы за рубежом",
            "tg": "Пеш аз сафар: панҷ санҷиш барои кори бехатар дар хориҷа",
        },
        summary={
            "en": "A short animation on checking a job offer, a contract and the employer before leaving.",
            "ru": "Короткий мультфильм о том, как до отъезда проверить предложение о работе, договор и работодателя.",
            "tg": "Мултфилми кӯтоҳ дар бораи он, ки чӣ тавр пеш аз сафар пешниҳоди кор, шартнома ва корфарморо санҷидан мумкин аст.",
        },
        transcript={
            "en": (
                "<p>Narrator: Before you accept a job abroad, check five things. Is the employer real? "
                "Is there a written contract in a language you understand? Who pays for travel? "
                "Where will you live? And who do you call if something goes wrong?</p>"
                "<p>Text on screen: The migrants’ hotline is free from every mobile network.</p>"
            ),
            "ru": (
                "<p>Диктор: Прежде чем согласиться на работу за рубежом, проверьте пять вещей. "
                "Существует ли работодатель на самом деле? Есть ли письменный договор на понятном "
                "вам языке? Кто платит за дорогу? Где вы будете жить? И куда звонить, если что-то "
                "пойдёт не так?</p>"
                "<p>Текст на экране: Звонок на горячую линию для мигрантов бесплатный с любого "
                "мобильного оператора.</p>"
            ),
            "tg": (
                "<p>Гӯянда: Пеш аз он ки ба кор дар хориҷа розӣ шавед, панҷ чизро санҷед. Оё "
                "корфармо воқеан вуҷуд дорад? Оё шартномаи хаттӣ бо забоне, ки шумо мефаҳмед, "
                "ҳаст? Хароҷоти роҳро кӣ медиҳад? Шумо дар куҷо зиндагӣ мекунед? Ва агар ягон "
                "мушкилот пеш ояд, ба куҷо занг мезанед?</p>"
                "<p>Матн дар экран: Занг ба хатти боварии муҳоҷирон аз ҳамаи шабакаҳои мобилӣ "
                "ройгон аст.</p>"
            ),
        },
    ),
    dict(
        slug="rasht-valley-mobile-clinics-video",
        date="2026-06-20",
        url="https://vimeo.com/76979871",
        poster="valley-sun",
        themes=["migration-health"],
        title={
            "en": "On the road with the mobile clinics",
            "ru": "В пути с мобильными клиниками",
            "tg": "Дар роҳ бо дармонгоҳҳои сайёр",
        },
        summary={
            "en": "A day with the nurses who bring TB screening to villages of the Rasht Valley.",
            "ru": "Один день с медсёстрами, которые привозят скрининг на туберкулёз в сёла Раштской долины.",
            "tg": "Як рӯз бо ҳамшираҳои шафқат, ки ташхиси силро ба деҳаҳои водии Рашт мебаранд.",
        },
        transcript={
            "en": (
                "<p>Nurse: We leave at six, before the heat. Today we visit three villages.</p>"
                "<p>Returning migrant: I had a cough for months. Here they told me it can be cured.</p>"
            ),
            "ru": (
                "<p>Медсестра: Мы выезжаем в шесть, пока не жарко. Сегодня объезжаем три села.</p>"
                "<p>Вернувшийся мигрант: Я кашлял несколько месяцев. Здесь мне сказали, что это "
                "лечится.</p>"
            ),
            "tg": (
                "<p>Ҳамшираи шафқат: Мо соати шаш, то ҳаво гарм нашуда, роҳ меафтем. Имрӯз се "
                "деҳаро мегардем.</p>"
                "<p>Муҳоҷири баргашта: Ман чанд моҳ сулфа мекардам. Дар ин ҷо гуфтанд, ки ин "
                "беморӣ табобат мешавад.</p>"
            ),
        },
    ),
    dict(
        slug="stories-of-the-road-2025-winner",
        date="2025-12-18",
        url="https://www.youtube.com/watch?v=ScMzIvxBSi4",
        poster="dawn-ridges",
        themes=["labour-migration", "returns-reintegration"],
        title={
            "en": "“The Empty Chair”: winner of the 2025 short film contest",
            "ru": "«Пустой стул» — победитель конкурса короткометражных фильмов 2025 года",
            "tg": "«Курсии холӣ» — ғолиби озмуни филмҳои кӯтоҳи соли 2025",
        },
        summary={
            "en": "A five-minute film about a family dinner where one place stays empty every evening.",
            "ru": "Пятиминутный фильм о семейном ужине, где одно место каждый вечер остаётся пустым.",
            "tg": "Филми панҷдақиқаӣ дар бораи зиёфати оилавӣ, ки дар он ҳар шом як ҷой холӣ мемонад.",
        },
        transcript={
            "en": (
                "<p>The film has no dialogue. A mother sets the table for five; a father’s chair "
                "stays empty until, in the last scene, the door opens.</p>"
            ),
            "ru": (
                "<p>В фильме нет диалогов. Мать накрывает стол на пятерых; стул отца остаётся "
                "пустым, пока в последней сцене не открывается дверь.</p>"
            ),
            "tg": (
                "<p>Дар филм гуфтугӯ нест. Модар дастурхонро барои панҷ нафар меорояд; курсии "
                "падар холӣ мемонад, то он даме ки дар саҳнаи охирин дар кушода мешавад.</p>"
            ),
        },
    ),
]

GALLERIES = [
    dict(
        slug="kulob-resource-centre-opening",
        date="2026-10-14",
        title={
            "en": "Opening of the Kulob Migrant Resource Centre",
            "ru": "Открытие ресурсного центра для мигрантов в Кулябе",
            "tg": "Кушодашавии маркази захиравии муҳоҷирон дар Кӯлоб",
        },
        intro={
            "en": "Moments from the opening day of the ninth Migrant Resource Centre.",
            "ru": "Моменты дня открытия девятого ресурсного центра для мигрантов.",
            "tg": "Лаҳзаҳо аз рӯзи кушодашавии нуҳумин маркази захиравии муҳоҷирон.",
        },
        images=[
            dict(
                image="dawn-ridges",
                alt={
                    "en": "Abstract illustration: layered blue ridges under a warm amber sky",
                    "ru": "Абстрактная иллюстрация: синие горные гряды на фоне тёплого янтарного неба",
                    "tg": "Тасвири абстрактӣ: қаторкӯҳҳои кабуд дар зери осмони зарди гарм",
                },
                caption={"en": "Morning in Kulob", "ru": "Утро в Кулябе", "tg": "Субҳ дар Кӯлоб"},
            ),
            dict(
                image="market-circles",
                alt={
                    "en": "Abstract illustration: overlapping amber, blue and white circles",
                    "ru": "Абстрактная иллюстрация: пересекающиеся янтарные, синие и белые круги",
                    "tg": "Тасвири абстрактӣ: доираҳои зард, кабуд ва сафеди ба ҳам печида",
                },
                caption={
                    "en": "Visitors on opening day",
                    "ru": "Посетители в день открытия",
                    "tg": "Меҳмонон дар рӯзи кушодашавӣ",
                },
            ),
            dict(
                image="city-grid",
                alt={
                    "en": "Abstract illustration: a grid of blue and grey rectangles like city blocks",
                    "ru": "Абстрактная иллюстрация: сетка синих и серых прямоугольников, похожая на городские кварталы",
                    "tg": "Тасвири абстрактӣ: тӯри росткунҷаҳои кабуд ва хокистарӣ монанди маҳаллаҳои шаҳр",
                },
                caption={
                    "en": "The centre’s neighbourhood",
                    "ru": "Квартал вокруг центра",
                    "tg": "Маҳаллаи атрофи марказ",
                },
            ),
        ],
    ),
    dict(
        slug="flood-response-khatlon-2026",
        date="2026-05-01",
        precision="month",
        title={
            "en": "Flood response in Khatlon",
            "ru": "Помощь после паводков в Хатлоне",
            "tg": "Кӯмак пас аз обхезӣ дар Хатлон",
        },
        intro={
            "en": "Distribution of shelter kits to families affected by mudflows.",
            "ru": "Раздача комплектов для временного жилья семьям, пострадавшим от селей.",
            "tg": "Тақсими маҷмӯаҳои манзили муваққатӣ ба оилаҳое, ки аз сел зарар диданд.",
        },
        images=[
            dict(
                image="river-bands",
                alt={
                    "en": "Abstract illustration: flowing bands of teal and blue crossing the frame",
                    "ru": "Абстрактная иллюстрация: плавные бирюзовые и синие полосы, пересекающие кадр",
                    "tg": "Тасвири абстрактӣ: хатҳои мавҷноки фирӯзаранг ва кабуд, ки аз кадр мегузаранд",
                },
                caption={
                    "en": "The river after the rains",
                    "ru": "Река после дождей",
                    "tg": "Дарё пас аз боронҳо",
                },
            ),
            dict(
                image="valley-sun",
                alt={
                    "en": "Abstract illustration: a low amber sun over green and blue hills",
                    "ru": "Абстрактная иллюстрация: низкое янтарное солнце над зелёными и синими холмами",
                    "tg": "Тасвири абстрактӣ: офтоби пасти зард дар болои теппаҳои сабз ва кабуд",
                },
                caption={
                    "en": "Villages on higher ground",
                    "ru": "Сёла на возвышенности",
                    "tg": "Деҳаҳо дар баландӣ",
                },
            ),
        ],
    ),
]
