# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo videos (provider URLs only: loading needs no network) and photo galleries."""

VIDEOS = [
    dict(
        slug="safe-migration-before-you-go",
        title="Before you go: five checks for a safe job abroad",
        date="2026-02-10",
        url="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        poster="river-bands",
        themes=["labour-migration"],
        summary="A short animation on checking a job offer, a contract and the employer before leaving.",
        transcript=(
            "<p>Narrator: Before you accept a job abroad, check five things. Is the employer real? "
            "Is there a written contract in a language you understand? Who pays for travel? "
            "Where will you live? And who do you call if something goes wrong?</p>"
            "<p>Text on screen: The migrants’ hotline is free from every mobile network.</p>"
        ),
    ),
    dict(
        slug="rasht-valley-mobile-clinics-video",
        title="On the road with the mobile clinics",
        date="2026-06-20",
        url="https://vimeo.com/76979871",
        poster="valley-sun",
        themes=["migration-health"],
        summary="A day with the nurses who bring TB screening to villages of the Rasht Valley.",
        transcript=(
            "<p>Nurse: We leave at six, before the heat. Today we visit three villages.</p>"
            "<p>Returning migrant: I had a cough for months. Here they told me it can be cured.</p>"
        ),
    ),
    dict(
        slug="stories-of-the-road-2025-winner",
        title="“The Empty Chair”: winner of the 2025 short film contest",
        date="2025-12-18",
        url="https://www.youtube.com/watch?v=ScMzIvxBSi4",
        poster="dawn-ridges",
        themes=["labour-migration", "returns-reintegration"],
        summary="A five-minute film about a family dinner where one place stays empty every evening.",
        transcript=(
            "<p>The film has no dialogue. A mother sets the table for five; a father’s chair "
            "stays empty until, in the last scene, the door opens.</p>"
        ),
    ),
]

GALLERIES = [
    dict(
        slug="kulob-resource-centre-opening",
        title="Opening of the Kulob Migrant Resource Centre",
        date="2026-10-14",
        intro="Moments from the opening day of the ninth Migrant Resource Centre.",
        images=[
            (
                "dawn-ridges",
                "Abstract illustration: layered blue ridges under a warm amber sky",
                "Morning in Kulob",
            ),
            (
                "market-circles",
                "Abstract illustration: overlapping amber, blue and white circles",
                "Visitors on opening day",
            ),
            (
                "city-grid",
                "Abstract illustration: a grid of blue and grey rectangles like city blocks",
                "The centre’s neighbourhood",
            ),
        ],
    ),
    dict(
        slug="flood-response-khatlon-2026",
        title="Flood response in Khatlon",
        date="2026-05-01",
        precision="month",
        intro="Distribution of shelter kits to families affected by mudflows.",
        images=[
            (
                "river-bands",
                "Abstract illustration: flowing bands of teal and blue crossing the frame",
                "The river after the rains",
            ),
            (
                "valley-sun",
                "Abstract illustration: a low amber sun over green and blue hills",
                "Villages on higher ground",
            ),
        ],
    ),
]
