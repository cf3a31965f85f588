# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Introductions of the section pages, per language."""

SECTION_INTROS = {
    "news": {
        "en": "News, press releases, statements and stories from the mission and its partners.",
        "ru": "Новости, пресс-релизы, заявления и истории миссии и её партнёров.",
        "tg": "Хабарҳо, иттилоияҳо, изҳорот ва қиссаҳои миссия ва шарикони он.",
    },
    "events": {
        "en": "Roundtables, trainings, webinars and campaign days.",
        "ru": "Круглые столы, тренинги, вебинары и дни кампаний.",
        "tg": "Мизҳои мудаввар, омӯзишҳо, вебинарҳо ва рӯзҳои маърака.",
    },
    "projects": {
        "en": "What we do, with whom and where.",
        "ru": "Что мы делаем, с кем и где.",
        "tg": "Мо чӣ кор мекунем, бо кӣ ва дар куҷо.",
    },
    "newsletters": {
        "en": "Every issue of our newsletters, in each language it was published in.",
        "ru": "Все выпуски наших бюллетеней на каждом языке, на котором они вышли.",
        "tg": "Ҳамаи шумораҳои бюллетенҳои мо бо ҳар забоне, ки нашр шудаанд.",
    },
    "videos": {
        "en": "Short films and recordings, each with a transcript.",
        "ru": "Короткие фильмы и записи, каждая с расшифровкой.",
        "tg": "Филмҳои кӯтоҳ ва сабтҳо, ҳар кадом бо матни пурра.",
    },
    "galleries": {
        "en": "Photographs from our work across the country.",
        "ru": "Фотографии нашей работы по всей стране.",
        "tg": "Суратҳо аз фаъолияти мо дар саросари кишвар.",
    },
    "contact": {
        "en": "Write to us with the form below, or visit or call our office in Dushanbe.",
        "ru": "Напишите нам через форму ниже или приходите и звоните в наш офис в Душанбе.",
        "tg": "Ба мо тавассути шакли зер нависед ё ба дафтари мо дар Душанбе оед ва занг занед.",
    },
}
