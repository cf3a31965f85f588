# ruff: noqa: E501 -- prose: one paragraph per line reads and diffs better than wrapped strings
"""Demo articles in English. Written for the demo: people, numbers and quotes are
fictional. Dates are ISO strings; "+N" / "-N" mean N days from the day of loading
(used where the demo needs a call that is still open).

Body blocks: ("paragraph", text) · ("heading", text) · ("quote", text, attribution)
· ("key_figure", figure key) · ("image", image key, alt text, caption)
"""

ARTICLES = [
    dict(
        slug="2025-labour-migration-report-presented",
        kind="news",
        title="Ministry and partners present the 2025 labour migration report",
        place="dushanbe",
        date="2026-11-10",
        lead=(
            "The Ministry of Labour, Migration and Employment presented its yearly review of "
            "labour migration, prepared with the mission's support, to government bodies, "
            "donors and civil society in Dushanbe."
        ),
        body=[
            (
                "paragraph",
                "The report brings together border crossing records, Migration Service registrations and a household survey covering 3,200 families in all regions. For the first time it shows how many people returned home for good during the year, and why.",
            ),
            ("key_figure", "labour-migrants-abroad"),
            (
                "paragraph",
                "Most people who left for work abroad were men between 18 and 35, but the share of women rose for the third year in a row, mainly in services and care work. Returnees named family reasons and stricter entry rules in destination countries as the main reasons for coming back.",
            ),
            ("heading", "From numbers to decisions"),
            (
                "paragraph",
                "Participants agreed to use the findings in the mid-term review of the national migration strategy and to publish the anonymised survey data so that universities and NGOs can use it.",
            ),
        ],
        themes=["migration-data", "labour-migration"],
        partners=["ministry-of-labour", "statistics-agency"],
        places=["dushanbe"],
        hero=("city-grid", "Presenting the report in Dushanbe (illustration)"),
    ),
    dict(
        slug="migrant-resource-centre-opens-in-kulob",
        project="migrant-resource-centres",
        kind="news",
        title="Migrant Resource Centre opens in Kulob",
        place="kulob",
        date="2026-10-14",
        lead=(
            "People planning to work abroad and their families in southern Khatlon can now get "
            "free advice on jobs, documents and rights at a new Migrant Resource Centre in Kulob."
        ),
        body=[
            (
                "paragraph",
                "The centre is run by the local office of the Ministry of Labour, Migration and Employment with support from the mission and funding from the European Union. Two counsellors and a lawyer receive visitors five days a week.",
            ),
            (
                "paragraph",
                "Visitors can check whether a job offer is genuine, learn how to obtain a work permit, and find out what to do if wages are not paid. Families of migrants can also ask about remittances and savings.",
            ),
            (
                "quote",
                "Most people who come to us have a contract in their pocket that they have never read. We read it together.",
                "Counsellor at the Kulob centre",
            ),
            (
                "paragraph",
                "Kulob is the ninth town to host such a centre. Together they advised more than twelve thousand people last year.",
            ),
            ("key_figure", "migrants-counselled"),
        ],
        themes=["labour-migration"],
        partners=["ministry-of-labour", "european-union"],
        places=["kulob", "khatlon"],
        hero=("dawn-ridges", "The new centre serves southern Khatlon (illustration)"),
    ),
    dict(
        slug="eu-safe-labour-migration-programme-launched",
        project="safe-labour-migration-programme",
        kind="press_release",
        title="Tajikistan and the European Union launch a four-year programme on safe labour migration",
        place="dushanbe",
        date="2026-09-22",
        lead=(
            "A new programme funded by the European Union will help the Government prepare "
            "people for work abroad, protect them while they are away and support them when "
            "they come home."
        ),
        body=[
            (
                "paragraph",
                "The programme, worth 6.5 million euros, was launched today by the Ministry of Labour, Migration and Employment, the Delegation of the European Union and the mission. It runs until 2030 and covers all regions of the country.",
            ),
            (
                "paragraph",
                "It will expand pre-departure orientation, train consular staff in destination countries and set up referral services for returning migrants who need medical, legal or psychological help.",
            ),
            ("heading", "Built on earlier work"),
            (
                "paragraph",
                "The programme builds on the network of Migrant Resource Centres and on a reintegration pilot in Khatlon and Sughd that helped more than 900 returnees find work or start a business.",
            ),
        ],
        themes=["labour-migration", "migration-governance", "returns-reintegration"],
        partners=["european-union", "ministry-of-labour"],
        places=["dushanbe"],
    ),
    dict(
        slug="farrukh-bakery-vahdat",
        kind="story",
        privacy="name_changed",
        title="“I came back with nothing but a plan”: Farrukh’s bakery in Vahdat",
        place="vahdat",
        date="2026-08-01",
        precision="month",
        lead=(
            "After six years on building sites abroad, Farrukh returned to Vahdat with an "
            "entry ban, no savings and an idea. Today his bakery feeds half of his street."
        ),
        body=[
            (
                "paragraph",
                "Farrukh left for work at nineteen. When he lost his documents in a police check, he was deported and banned from returning for five years. He came home ashamed, he says, and spent the first months without leaving the house.",
            ),
            (
                "paragraph",
                "A counsellor from a local NGO found him through his mother. Farrukh joined a business course for returnees and received a small grant for an oven and flour for the first month.",
            ),
            (
                "quote",
                "The course taught me to count. Abroad I never knew where my money went.",
                "Farrukh, baker in Vahdat",
            ),
            (
                "paragraph",
                "The bakery now employs two neighbours and sells around 400 flatbreads a day. Farrukh is saving to buy a second oven, and he tells young men in the neighbourhood to read their contracts before they leave.",
            ),
        ],
        themes=["returns-reintegration", "remittances-development"],
        partners=["nuri-umed"],
        places=["vahdat"],
        hero=("market-circles", "A bakery grows in Vahdat (illustration)"),
    ),
    dict(
        slug="border-officers-trafficking-course-khorog",
        project="border-management-tajik-afghan-border",
        kind="event_report",
        title="Border officers from five districts complete a course on identifying trafficking victims",
        place="khorog",
        date="2026-07-08",
        date_end="2026-07-10",
        lead=(
            "Twenty-four officers of the Border Troops learned in Khorog how to recognise "
            "signs of trafficking at crossing points and where to refer people who need help."
        ),
        body=[
            (
                "paragraph",
                "The three-day course combined lectures by prosecutors and NGO lawyers with exercises at a mock crossing point. Officers practised interviewing travellers in a way that protects their dignity and safety.",
            ),
            (
                "paragraph",
                "Each participant received a pocket guide with the national referral mechanism and the numbers of shelters in the region.",
            ),
            (
                "image",
                "border-lines",
                "Abstract illustration: diagonal stripes in navy and green meeting at a line",
                "Officers practised at a mock crossing point.",
            ),
            (
                "paragraph",
                "The course is part of a border management project funded by the Government of Japan. Two more courses will follow in Sughd and Khatlon before the end of the year.",
            ),
        ],
        themes=["border-management", "counter-trafficking"],
        partners=["border-troops", "government-of-japan"],
        places=["khorog"],
    ),
    dict(
        slug="call-stories-of-the-road-film-contest",
        kind="call",
        title="Call for entries: “Stories of the Road” short film contest",
        place="dushanbe",
        date="-12",
        call_opens_on="-12",
        call_closes_on="+45",
        how_to_apply=(
            '<p>Send your film by e-mail to <a href="mailto:stories-of-the-road@example.org">'
            "stories-of-the-road@example.org</a> (large files as a download link), with your "
            "name, age, phone number and two lines about the film. You can also bring it on a "
            "USB stick to the mission’s office in Dushanbe, on weekdays from 9:00 to 17:00.</p>"
        ),
        lead=(
            "Young filmmakers are invited to submit short films about migration: leaving, "
            "living abroad, coming home, or the families who wait."
        ),
        body=[
            (
                "paragraph",
                "Films must be no longer than seven minutes and may be fiction, documentary or animation, in Tajik, Russian or English with subtitles. Entries filmed on a phone are welcome.",
            ),
            ("heading", "Who can take part"),
            (
                "paragraph",
                "The contest is open to residents of Tajikistan aged 16 to 30. Each person or team may submit one film.",
            ),
            ("heading", "Prizes"),
            (
                "paragraph",
                "A jury of filmmakers and journalists will choose three winners, who receive cameras and editing software. The best films will be shown at a festival in Dushanbe and on national television.",
            ),
        ],
        themes=["labour-migration"],
        partners=["european-union"],
        places=["dushanbe"],
        hero=("river-bands", "Stories of the Road film contest (illustration)"),
    ),
    dict(
        slug="call-small-grants-community-reintegration",
        kind="call",
        title="Call for proposals: small grants for community reintegration initiatives",
        place="dushanbe",
        date="2026-03-02",
        call_opens_on="2026-03-02",
        call_closes_on="2026-04-15",
        how_to_apply=(
            "<p>Download the application form and budget template from the "
            '<a href="https://example.org/small-grants">call page</a>, fill them in in English '
            "or Russian, and send them with your organization’s registration certificate to "
            '<a href="mailto:grants@example.org">grants@example.org</a>.</p>'
        ),
        lead=(
            "Local NGOs and community groups could apply for grants of up to 8,000 US dollars "
            "for projects that help returning migrants and their families."
        ),
        body=[
            (
                "paragraph",
                "The grants supported vocational training, psychosocial support groups, and initiatives that bring returnees and their neighbours together.",
            ),
            (
                "paragraph",
                "Applicants had to be registered in Tajikistan and work in Khatlon, Sughd or the Rasht Valley. Projects were to last between six and twelve months.",
            ),
            (
                "paragraph",
                "Forty-one proposals were received. The selected projects will be announced on this site.",
            ),
        ],
        themes=["returns-reintegration"],
        partners=["swiss-cooperation"],
        places=["khatlon", "sughd", "rasht-valley"],
    ),
    dict(
        slug="joint-statement-international-migrants-day-2025",
        kind="statement",
        title="Joint statement on International Migrants Day",
        place="dushanbe",
        date="2025-12-18",
        lead=(
            "On International Migrants Day, the United Nations agencies in Tajikistan honour "
            "the contribution of migrants and call for their protection at every stage of the "
            "journey."
        ),
        body=[
            (
                "paragraph",
                "Hundreds of thousands of Tajik women and men work abroad. The money they send home pays for schooling, medicine and housing in almost every village of the country.",
            ),
            (
                "paragraph",
                "We call on countries of origin, transit and destination to ensure that migrants have access to health care, fair wages and justice, whatever their status.",
            ),
            (
                "paragraph",
                "We will continue to support the Government of Tajikistan in making migration safe, orderly and regular, and in helping those who return to rebuild their lives at home.",
            ),
        ],
        themes=["migration-governance"],
        partners=["unicef", "unhcr", "who", "undp"],
        places=["dushanbe"],
    ),
    dict(
        slug="mobile-clinics-tb-screening-rasht",
        project="tb-hiv-prevention-among-migrants",
        kind="news",
        title="Mobile clinics bring TB screening to migrants’ families in the Rasht Valley",
        place="rasht-valley",
        date="2026-06-05",
        lead=(
            "Two mobile clinics visited 38 villages in the Rasht Valley, screening more than "
            "2,300 people for tuberculosis."
        ),
        body=[
            (
                "paragraph",
                "Many men from the valley work abroad for most of the year, and some return with untreated tuberculosis. The clinics offered X-rays and tests to returning migrants and to the family members they live with.",
            ),
            (
                "paragraph",
                "Forty-two people were diagnosed and referred to district TB centres, where treatment is free. Nurses from the clinics will visit them regularly to help them complete the full course.",
            ),
            (
                "quote",
                "Treatment works, but only if people finish it. We go to their homes so they do not have to choose between the clinic and the field.",
                "District TB coordinator",
            ),
            (
                "paragraph",
                "The campaign was organised with the Ministry of Health and Social Protection and funded by the Global Fund.",
            ),
        ],
        themes=["migration-health"],
        partners=["ministry-of-health", "global-fund"],
        places=["rasht-valley"],
        hero=("valley-sun", "Mobile clinics in the Rasht Valley (illustration)"),
    ),
    dict(
        slug="shelter-kits-flood-affected-families-khatlon",
        kind="news",
        title="Flood-affected families in Khatlon receive shelter kits",
        place="bokhtar",
        date="2026-05-19",
        lead=(
            "After heavy rains and mudflows damaged homes in three districts of Khatlon, "
            "420 families received tents, tarpaulins, blankets and hygiene kits."
        ),
        body=[
            (
                "paragraph",
                "The supplies were taken from stocks pre-positioned in Bokhtar last year with the Committee of Emergency Situations and Civil Defence, so they reached families within two days.",
            ),
            (
                "paragraph",
                "Many of the affected households are headed by women whose husbands work abroad. Volunteers helped them register for assistance and repair damaged roofs.",
            ),
            (
                "paragraph",
                "Assessment teams are now working with local authorities to plan repairs to water supply and to move the most exposed families to safer ground.",
            ),
        ],
        themes=["emergencies"],
        partners=["committee-emergencies", "government-of-japan"],
        places=["bokhtar", "khatlon"],
    ),
    dict(
        slug="remittances-survey-sughd",
        kind="press_release",
        title="New survey maps how families in Sughd use money sent from abroad",
        place="khujand",
        date="2026-04-28",
        lead=(
            "A survey of 1,500 households in Sughd shows that most remittances go to food, "
            "housing and education, and that few families have access to savings products."
        ),
        body=[
            (
                "paragraph",
                "The survey was carried out with the Agency on Statistics and funded by the Swiss Agency for Development and Cooperation. It is the first of its kind at regional level.",
            ),
            ("key_figure", "remittances-gdp"),
            (
                "paragraph",
                "Seven in ten families said remittances were their main source of income. Only one in ten had a bank account in their own name, and fewer still had savings.",
            ),
            (
                "paragraph",
                "The results will be used to design financial education sessions for migrants’ families and to work with banks on products that suit them.",
            ),
        ],
        themes=["remittances-development", "migration-data"],
        partners=["statistics-agency", "swiss-cooperation"],
        places=["khujand", "sughd"],
        hero=("market-circles", "Remittances survey in Sughd (illustration)"),
    ),
    dict(
        slug="hotline-call-brought-malika-home",
        project="protection-of-trafficking-survivors",
        kind="story",
        privacy="name_changed_photos_withheld",
        title="Safe at last: how a hotline call brought Malika home",
        place="khujand",
        date="2026-02-01",
        precision="month",
        lead=(
            "Malika was promised a job in a café abroad. Instead, her passport was taken and "
            "she was forced to work without pay. One phone call changed that."
        ),
        body=[
            (
                "paragraph",
                "The offer came from an acquaintance of a neighbour. Travel was paid, the wage was good, and Malika, a single mother of two, did not ask many questions.",
            ),
            (
                "paragraph",
                "For four months she worked sixteen hours a day and was not allowed to leave the building. A customer lent her a phone, and she called the number of a hotline she had seen on a poster before she left.",
            ),
            (
                "paragraph",
                "The hotline alerted partners in the destination country, who helped her reach the consulate. She returned to Khujand, where she received medical care, counselling and legal help, and now works at a sewing workshop.",
            ),
            (
                "quote",
                "I want other women to know that there is a number to call, and that someone answers.",
                "Malika",
            ),
        ],
        themes=["counter-trafficking"],
        partners=["hamroh"],
        places=["khujand"],
    ),
    dict(
        slug="pre-departure-orientation-every-district",
        project="safe-labour-migration-programme",
        kind="news",
        title="Pre-departure orientation now available in every district office of the Migration Service",
        place="dushanbe",
        date="2026-01-20",
        lead=(
            "Anyone planning to work abroad can now attend a free two-hour session on rights, "
            "documents and safety at their district office of the Migration Service."
        ),
        body=[
            (
                "paragraph",
                "Over the past year, 160 staff of the Migration Service were trained to lead the sessions, using a handbook and short videos developed with the mission.",
            ),
            (
                "paragraph",
                "The sessions explain how to check a job offer, how to register on arrival, how to send money safely, and where to turn for help abroad.",
            ),
            (
                "paragraph",
                "Participants receive a card with hotline numbers and the addresses of consulates in the main destination countries.",
            ),
        ],
        themes=["labour-migration", "migration-governance"],
        partners=["migration-service", "european-union"],
        places=["dushanbe"],
    ),
    dict(
        slug="roundtable-bokhtar-health-returning-migrants",
        kind="event_report",
        title="Roundtable in Bokhtar discusses access to health services for returning migrants",
        place="bokhtar",
        date="2025-11-26",
        lead=(
            "Doctors, local officials and NGOs met in Bokhtar to look at why returning migrants "
            "rarely use primary health care and what can change."
        ),
        body=[
            (
                "paragraph",
                "Participants heard that many returnees are not registered with a family doctor and only seek help when they are seriously ill. Cost, distance and stigma around HIV and TB were named as the main barriers.",
            ),
            (
                "paragraph",
                "The roundtable agreed to test a simple referral card that Migrant Resource Centres will give to returnees, and to train family doctors in three districts on migrants’ health needs.",
            ),
            (
                "paragraph",
                "A follow-up meeting is planned in six months to review the first results.",
            ),
        ],
        themes=["migration-health", "returns-reintegration"],
        partners=["ministry-of-health", "nuri-umed"],
        places=["bokhtar", "khatlon"],
    ),
    dict(
        slug="tursunzoda-crossing-point-reopens",
        project="border-management-tajik-afghan-border",
        kind="news",
        title="Tursunzoda border crossing point reopens after refurbishment",
        place="tursunzoda",
        date="2025-10-09",
        lead=(
            "The refurbished crossing point now has separate lanes for pedestrians and trucks, "
            "a waiting room for families and a private room for interviews."
        ),
        body=[
            (
                "paragraph",
                "The works took eight months and were funded by the Government of Japan. The crossing point handles up to 3,000 travellers a day in summer.",
            ),
            ("key_figure", "border-posts-equipped"),
            (
                "paragraph",
                "Officers received training on the new equipment and on serving travellers with disabilities, elderly people and children travelling alone.",
            ),
            (
                "paragraph",
                "The Border Troops said waiting times had already fallen by half in the first week of operation.",
            ),
        ],
        themes=["border-management"],
        partners=["border-troops", "government-of-japan"],
        places=["tursunzoda"],
        hero=("border-lines", "The refurbished crossing point (illustration)"),
    ),
    dict(
        slug="statement-world-day-against-trafficking-2025",
        kind="statement",
        title="Statement on the World Day against Trafficking in Persons",
        place="dushanbe",
        date="2025-07-30",
        lead=(
            "On the World Day against Trafficking in Persons, the mission and its partners "
            "call for every survivor to be identified, protected and heard."
        ),
        body=[
            (
                "paragraph",
                "Last year, 86 survivors of trafficking received shelter, medical and legal help through the national referral mechanism. Behind each number is a person who was deceived by someone they trusted.",
            ),
            ("key_figure", "trafficking-victims-assisted"),
            (
                "paragraph",
                "We welcome the Government’s new action plan and call for stable funding for shelters and for the hotline, which remain dependent on donors.",
            ),
            (
                "paragraph",
                "We also call on employers and recruiters to respect the law and on the public to learn the signs of trafficking.",
            ),
        ],
        themes=["counter-trafficking"],
        partners=["unhcr", "unicef", "hamroh"],
        places=["dushanbe"],
    ),
    dict(
        slug="gulnora-sewing-workshop-kulob",
        kind="story",
        privacy="name_changed",
        title="A seamstress’s second start: Gulnora’s workshop in Kulob",
        place="kulob",
        date="2025-01-01",
        precision="year",
        lead=(
            "When her husband stopped sending money, Gulnora turned her sewing machine into a "
            "business. Now six women work with her."
        ),
        body=[
            (
                "paragraph",
                "Gulnora’s husband left for work abroad when their youngest son was a baby. For three years he sent money every month; then the transfers stopped, and so did his calls.",
            ),
            (
                "paragraph",
                "Through a women’s association she joined a savings group and a course on running a small business. With a grant she bought two industrial machines.",
            ),
            (
                "quote",
                "I used to wait for the transfer. Now my neighbours wait for me to finish their dresses.",
                "Gulnora, seamstress in Kulob",
            ),
            (
                "paragraph",
                "The workshop sews school uniforms and wedding dresses. Gulnora pays the other women by the piece and has started to train girls from the neighbourhood.",
            ),
        ],
        themes=["returns-reintegration", "remittances-development"],
        partners=["kuhsor-women"],
        places=["kulob"],
    ),
    dict(
        slug="khorog-emergency-team-avalanche-training",
        kind="news",
        title="Khorog emergency team trains for avalanche season",
        place="khorog",
        date="2025-11-03",
        lead=(
            "Rescuers and volunteers in Khorog practised search and first aid ahead of winter, "
            "when avalanches often cut mountain villages off for weeks."
        ),
        body=[
            (
                "paragraph",
                "The two-day exercise simulated an avalanche blocking the road to a village of 300 people. Teams practised locating people under snow, giving first aid and organising evacuation.",
            ),
            (
                "paragraph",
                "New radios and avalanche probes were handed over to the regional department of the Committee of Emergency Situations.",
            ),
            (
                "paragraph",
                "Volunteers from four villages will now train their neighbours, so that help can start before rescuers arrive.",
            ),
        ],
        themes=["emergencies"],
        partners=["committee-emergencies"],
        places=["khorog"],
        hero=("dawn-ridges", "Winter preparedness in the mountains (illustration)"),
    ),
    dict(
        slug="switzerland-extends-support-resource-centres",
        project="migrant-resource-centres",
        kind="press_release",
        title="Switzerland extends support to Migrant Resource Centres until 2028",
        place="dushanbe",
        date="2025-09-15",
        lead=(
            "The Swiss Agency for Development and Cooperation will fund the network of Migrant "
            "Resource Centres for three more years."
        ),
        body=[
            (
                "paragraph",
                "The agreement signed today covers salaries of counsellors, training, and a shared case management system that lets centres follow up with people who ask for help.",
            ),
            (
                "paragraph",
                "Over the next three years the Ministry of Labour, Migration and Employment will take over a growing share of the costs, with the aim of running the centres from the state budget by 2029.",
            ),
            (
                "paragraph",
                "The centres advise migrants and their families on legal employment abroad, rights and obligations, and services available after return.",
            ),
        ],
        themes=["labour-migration"],
        partners=["swiss-cooperation", "ministry-of-labour"],
        places=["dushanbe"],
    ),
    dict(
        slug="webinar-labour-attaches-protecting-workers",
        kind="event_report",
        title="Webinar for labour attachés on protecting workers abroad",
        place="dushanbe",
        date="2025-06-17",
        lead=(
            "Labour attachés and consular staff from six embassies took part in an online "
            "session on responding to complaints from Tajik workers."
        ),
        body=[
            (
                "paragraph",
                "Experts explained how to document unpaid wages, unsafe working conditions and confiscated passports, and how to work with employers and authorities in destination countries.",
            ),
            (
                "paragraph",
                "Participants shared cases from their own work, including a group of forty workers who recovered three months of wages after mediation by the embassy.",
            ),
            (
                "paragraph",
                "The recording and materials are available to staff of the Ministry of Foreign Affairs and the Ministry of Labour.",
            ),
        ],
        themes=["labour-migration", "migration-governance"],
        partners=["ministry-of-labour"],
        places=["dushanbe"],
    ),
    dict(
        slug="national-consultation-migration-strategy",
        kind="news",
        title="National consultation on a new migration strategy",
        place="dushanbe",
        date="2025-05-01",
        precision="month",
        lead=(
            "Government bodies, NGOs, researchers and migrants’ associations met to discuss "
            "priorities for the next national migration strategy."
        ),
        body=[
            (
                "paragraph",
                "Working groups discussed labour migration, return and reintegration, internal migration to cities, and climate-related displacement.",
            ),
            (
                "paragraph",
                "Migrants’ associations asked for simpler procedures to renew documents abroad and for recognition of skills gained during work abroad.",
            ),
            (
                "paragraph",
                "A draft of the strategy will be published for public comment later in the year.",
            ),
        ],
        themes=["migration-governance"],
        partners=["ministry-of-labour", "migration-service", "undp"],
        places=["dushanbe"],
    ),
    dict(
        slug="data-workshop-return-migration",
        kind="news",
        title="Data workshop: building a shared picture of return migration",
        place="dushanbe",
        date="2025-04-10",
        lead=(
            "Statisticians from five government bodies agreed on common definitions and a "
            "timetable for sharing data on people returning from abroad."
        ),
        body=[
            (
                "paragraph",
                "Today each body counts returnees differently, which makes it hard to plan services. The workshop reviewed the definitions used by the Migration Service, the Border Troops and the Agency on Statistics.",
            ),
            (
                "paragraph",
                "Participants agreed on a short list of indicators and on publishing a joint statistical note twice a year.",
            ),
            (
                "paragraph",
                "The mission will provide training on data protection so that individual records are never shared.",
            ),
        ],
        themes=["migration-data"],
        partners=["statistics-agency", "migration-service"],
        places=["dushanbe"],
    ),
    dict(
        slug="greenhouse-in-vahdat",
        kind="story",
        privacy="none",
        title="From building sites abroad to a greenhouse in Vahdat",
        place="vahdat",
        date="2025-03-20",
        lead=(
            "Rustam spent eight winters abroad. Now he grows tomatoes and cucumbers all year "
            "round, and sells them in Dushanbe."
        ),
        body=[
            (
                "paragraph",
                "Rustam saved part of his wages for years without knowing what to do with the money. A financial education session for returning migrants helped him make a plan.",
            ),
            (
                "paragraph",
                "With his savings and a matching grant he built a heated greenhouse. In his first season he harvested four tonnes of vegetables.",
            ),
            (
                "paragraph",
                "Rustam agreed to share his story and photos so that others can see what is possible. He now hires two seasonal workers and advises neighbours who want to follow his example.",
            ),
        ],
        themes=["returns-reintegration", "remittances-development"],
        partners=["nuri-umed"],
        places=["vahdat"],
        hero=("valley-sun", "Greenhouses in Vahdat (illustration)"),
    ),
    dict(
        slug="hiv-testing-week-airports-stations",
        project="tb-hiv-prevention-among-migrants",
        kind="press_release",
        title="HIV testing week reaches 4,000 migrants at airports and railway stations",
        place="dushanbe",
        date="2024-12-01",
        lead=(
            "On World AIDS Day, health workers offered free, confidential HIV tests to "
            "travellers at Dushanbe and Khujand airports and at two railway stations."
        ),
        body=[
            (
                "paragraph",
                "The tests took twenty minutes. Everyone received counselling and a leaflet on where to get treatment at home and abroad.",
            ),
            (
                "paragraph",
                "People who tested positive were referred to AIDS centres, where treatment is free. Peer counsellors, themselves former migrants, accompanied them to their first visit.",
            ),
            (
                "paragraph",
                "The campaign was organised with the Ministry of Health and Social Protection, the World Health Organization and the Global Fund.",
            ),
        ],
        themes=["migration-health"],
        partners=["ministry-of-health", "who", "global-fund"],
        places=["dushanbe", "khujand"],
    ),
    dict(
        slug="child-friendly-spaces-rasht-mudflows",
        kind="news",
        title="Child-friendly spaces set up after mudflows in the Rasht Valley",
        place="rasht-valley",
        date="2024-06-12",
        lead=(
            "Three child-friendly spaces opened in villages hit by mudflows, giving children a "
            "safe place to play and learn while their families rebuild."
        ),
        body=[
            (
                "paragraph",
                "The spaces are run by trained teachers and volunteers and are open six days a week. Around 250 children attend.",
            ),
            (
                "paragraph",
                "Psychologists visit weekly to support children who were frightened by the disaster or lost their homes.",
            ),
            (
                "paragraph",
                "The spaces were set up with UNICEF and the Committee of Emergency Situations and will stay open until schools are repaired.",
            ),
        ],
        themes=["emergencies"],
        partners=["unicef", "committee-emergencies"],
        places=["rasht-valley"],
    ),
    dict(
        slug="border-commanders-meeting-kulob",
        kind="event_report",
        title="Cross-border meeting of border commanders in Kulob",
        place="kulob",
        date="2024-09-25",
        lead=(
            "Commanders of border units from both sides of the river met in Kulob to agree on "
            "how to share information and respond together to emergencies."
        ),
        body=[
            (
                "paragraph",
                "The meeting reviewed cooperation over the past year, including joint responses to floods that affected both banks.",
            ),
            (
                "paragraph",
                "Commanders agreed to hold monthly meetings at crossing points and to exchange contact lists for emergencies.",
            ),
            (
                "paragraph",
                "The meeting was part of a regional border management programme funded by the Government of Japan.",
            ),
        ],
        themes=["border-management"],
        partners=["border-troops", "government-of-japan"],
        places=["kulob"],
    ),
    dict(
        slug="hotline-answers-50000th-call",
        kind="news",
        title="Migrants’ hotline answers its 50,000th call",
        place="dushanbe",
        date="2024-11-06",
        lead=(
            "Since it opened, the free hotline for migrants and their families has answered "
            "fifty thousand calls from home and abroad."
        ),
        body=[
            (
                "paragraph",
                "Most callers want to know how to check a job offer or renew documents. About one call in twenty concerns unpaid wages, abuse or suspected trafficking.",
            ),
            (
                "paragraph",
                "Operators speak Tajik, Russian and Uzbek and can connect callers with lawyers, shelters and consulates.",
            ),
            (
                "paragraph",
                "The hotline is run by a partner NGO with the mission’s support. It is free from all mobile networks in Tajikistan and reachable through messaging apps from abroad.",
            ),
        ],
        themes=["counter-trafficking", "labour-migration"],
        partners=["hamroh"],
        places=["dushanbe"],
    ),
    dict(
        slug="call-photo-contest-families-who-wait",
        kind="call",
        title="Call for entries: photo contest “Families Who Wait”",
        place="khujand",
        date="2024-09-01",
        call_opens_on="2024-09-01",
        call_closes_on="2024-10-31",
        how_to_apply=(
            "<p>Send up to five photographs (JPEG, at least 2,000 pixels wide), each with a "
            'caption, to <a href="mailto:photo-contest@example.org">photo-contest@example.org</a>, '
            "or hand them in at the Migrant Resource Centre in Khujand.</p>"
        ),
        lead=(
            "Photographers, amateurs and professionals were invited to show the lives of "
            "families who stay at home while their relatives work abroad."
        ),
        body=[
            (
                "paragraph",
                "Each participant could send up to five photographs with a short caption. Photos of children required the written consent of a parent.",
            ),
            (
                "paragraph",
                "The best photographs were exhibited in Khujand and Dushanbe and printed in a calendar.",
            ),
            (
                "paragraph",
                "More than 600 photographs were received from all regions of the country.",
            ),
        ],
        themes=["labour-migration", "remittances-development"],
        partners=[],
        places=["khujand", "sughd"],
    ),
    dict(
        slug="free-legal-advice-migrants-sughd",
        kind="news",
        title="Where to get help: free legal advice for migrants in Sughd",
        place="sughd",
        date=None,
        lead=(
            "Migrants and their families in Sughd can get free legal advice at these offices, "
            "in person or by phone."
        ),
        body=[
            (
                "paragraph",
                "Lawyers help with employment contracts, unpaid wages, entry bans, lost documents and family matters such as alimony from a spouse working abroad.",
            ),
            ("heading", "Where to go"),
            (
                "paragraph",
                "Migrant Resource Centres in Khujand and Istaravshan receive visitors from Monday to Friday. Mobile teams visit other districts once a month; dates are announced by the local jamoat.",
            ),
            (
                "paragraph",
                "Advice is confidential. Bring any documents you have, even if they are in another language.",
            ),
        ],
        themes=["labour-migration"],
        partners=["hamroh", "migration-service"],
        places=["sughd", "khujand"],
    ),
    dict(
        slug="journalists-workshop-reporting-migration",
        kind="event_report",
        title="Journalists’ workshop on reporting migration ethically",
        place="khujand",
        date="2024-05-14",
        lead=(
            "Twenty journalists from television, radio and online media discussed how to report "
            "on migration and trafficking without putting people at risk."
        ),
        body=[
            (
                "paragraph",
                "Participants looked at real headlines and discussed which words stigmatise migrants and which inform readers.",
            ),
            (
                "paragraph",
                "A lawyer explained the rules on protecting the identity of trafficking survivors and children.",
            ),
            (
                "paragraph",
                "The journalists will receive small grants to produce stories on migration over the next six months.",
            ),
        ],
        themes=["counter-trafficking", "migration-governance"],
        partners=["european-union"],
        places=["khujand"],
        hero=("city-grid", "Reporting on migration (illustration)"),
    ),
    dict(
        slug="statement-protection-migrant-children",
        kind="statement",
        title="Joint statement on protecting children left behind by migration",
        place="dushanbe",
        date="2024-06-01",
        lead=(
            "On International Children’s Day, the mission and UNICEF call for more support "
            "for children who grow up while one or both parents work abroad."
        ),
        body=[
            (
                "paragraph",
                "In many villages, a large share of children live with grandparents or one parent while the other works abroad. Most are loved and cared for, but some face neglect, drop out of school or are left without anyone to speak for them.",
            ),
            (
                "paragraph",
                "We call for every child to have a legal guardian while parents are away, for schools and health workers to know which children need extra attention, and for social workers in every district.",
            ),
            (
                "paragraph",
                "We will continue to work with the Government and communities so that migration opens opportunities for children instead of leaving them behind.",
            ),
        ],
        themes=["migration-governance", "remittances-development"],
        partners=["unicef"],
        places=["dushanbe"],
    ),
]
