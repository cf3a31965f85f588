# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Mission settings and the home page introduction."""

MISSION = dict(
    mission_name="Mission Portal — Tajikistan",
    mission_name_ru="Портал миссии — Таджикистан",
    mission_name_tg="Портали намояндагӣ — Тоҷикистон",
    member_since=1994,
    staff_count=58,
    address="22 Rudaki Avenue, 3rd floor\nDushanbe 734025\nRepublic of Tajikistan",
    address_ru="734025, Республика Таджикистан\nг. Душанбе, проспект Рудаки, 22, 3-й этаж",
    address_tg="734025, Ҷумҳурии Тоҷикистон\nш. Душанбе, хиёбони Рӯдакӣ, 22, ошёнаи 3",
    phones="+992 37 221 00 00, +992 37 221 00 01",
    fax="+992 37 221 00 02",
    # Fictional, like every number here: Tajikistan has no "00" area code.
    hotline="+992 00 100 00 00",
    contact_email="mission-tajikistan@example.org",
)

HOME_INTRO = {
    "en": (
        "We work with the Government of Tajikistan, communities and partners so that "
        "people who migrate do so safely, in dignity and by choice, and so that "
        "migration helps the families who stay behind."
    ),
    "ru": (
        "Мы работаем с Правительством Таджикистана, местными сообществами и партнёрами, "
        "чтобы люди мигрировали безопасно, достойно и по собственному выбору, а миграция "
        "приносила пользу семьям, которые остаются дома."
    ),
    "tg": (
        "Мо бо Ҳукумати Тоҷикистон, ҷамоатҳо ва шарикон кор мекунем, то одамон бехатар, "
        "бо эҳтироми шаъну шараф ва бо ихтиёри худ муҳоҷират кунанд ва муҳоҷират ба "
        "оилаҳое, ки дар ватан мемонанд, фоида оварад."
    ),
}

# Abstract illustrations drawn by portal/demo/images.py:
# key -> (title, alt text, palette, seed, style)
IMAGES = {
    "dawn-ridges": (
        "Demo illustration: ridges at dawn",
        "Abstract illustration: layered blue ridges under a warm amber sky",
        ("#072a66", "#0b3d91", "#f2a900"),
        1,
        "ridges",
    ),
    "river-bands": (
        "Demo illustration: river bands",
        "Abstract illustration: flowing bands of teal and blue crossing the frame",
        ("#0b3d91", "#1b7f8c", "#e8eef9"),
        2,
        "bands",
    ),
    "market-circles": (
        "Demo illustration: market circles",
        "Abstract illustration: overlapping amber, blue and white circles",
        ("#f2a900", "#0b3d91", "#fff7e0"),
        3,
        "circles",
    ),
    "border-lines": (
        "Demo illustration: border lines",
        "Abstract illustration: diagonal stripes in navy and green meeting at a line",
        ("#072a66", "#1f7a3d", "#d7dce4"),
        4,
        "stripes",
    ),
    "valley-sun": (
        "Demo illustration: valley sun",
        "Abstract illustration: a low amber sun over green and blue hills",
        ("#1f7a3d", "#0b3d91", "#f2a900"),
        5,
        "sun",
    ),
    "city-grid": (
        "Demo illustration: city grid",
        "Abstract illustration: a grid of blue and grey rectangles like city blocks",
        ("#1a1f2b", "#0b3d91", "#e8eef9"),
        6,
        "grid",
    ),
}
