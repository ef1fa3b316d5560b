#!/usr/bin/env python3
"""Writes an ACLED-like CSV export for measuring `factiongraph import acled`.

The columns are those of an ACLED export (2023 layout), with a UTF-8 byte
order mark, notes holding commas, quotes and line breaks, empty cells, and
a mix of event types, time precisions and actors (state forces with date
suffixes, rebels, militias, civilians, unidentified groups, associated
actors) near the shares seen in real exports. Deterministic for a seed.

    scripts/generate_acled.py ROWS OUT.csv [--seed N] [--date-style iso|text]
"""
import argparse
import csv
import random

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp"]

STATE = [("Military Forces of Syria (2000-2024)", 1), ("Police Forces of Syria (2000-2024)", 1),
         ("Military Forces of Russia (2000-)", 8), ("Military Forces of Turkey (2016-)", 8),
         ("Military Forces of Syria (2024-)", 1)]
ARMED = [("Hayat Tahrir al-Sham", 2), ("Islamic State (Syria)", 2), ("Hurras al-Din", 2),
         ("Ahrar al-Sham", 2), ("National Liberation Front", 2), ("QSD: Syrian Democratic Forces", 2),
         ("YPG: People's Protection Units", 2), ("Syrian National Army", 2),
         ("NDF: National Defence Forces", 3), ("Hezbollah", 8), ("Liwa al-Quds", 3),
         ("Jaysh al-Izza", 2), ("Faylaq al-Sham", 2), ("Al Aziz Tribal Militia (Syria)", 4),
         ("Kurdish Ethnic Militia (Syria)", 4), ("Militia (Pro-Government)", 3)]
ARMED += [(f"Brigade {n} (Syria)", 2) for n in range(1, 120)]
UNIDENTIFIED = [("Unidentified Armed Group (Syria)", 3), ("Unidentified Military Forces", 8)]
CIVILIANS = [("Civilians (Syria)", 7)]
PROTESTERS = [("Protesters (Syria)", 6)]
PLACES = [("Idlib", "Idlib", "Idleb"), ("Kafr Nabl", "Idlib", "Maaret Tamsrin"), ("Aleppo", "Aleppo", "Jebel Saman"),
          ("Deir ez Zor", "Deir ez Zor", "Deir ez Zor"), ("Raqqa", "Ar-Raqqa", "Ar-Raqqa"), ("Daraa", "Dar'a", "Dar'a"),
          ("Harim", "Idlib", "Harim"), ("Manbij", "Aleppo", "Menbij"), ("Douma", "Rural Damascus", "Duma")]
SOURCES = ["SOHR", "Syria Direct", "Step News Agency", "Enab Baladi", "SANA", "Deir Ezzor 24", "Smart News Agency"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sentence(rng, a, b, place):
    verbs = ["clashed with", "attacked positions of", "shelled", "fought", "ambushed"]
    text = f"On {rng.randint(1, 28)} {rng.choice(MONTHS)}, {a} {rng.choice(verbs)} {b} near {place}"
    extras = [', killing "several" fighters', ", according to local sources", ", the second such clash this week",
              "; the toll is disputed", ", with heavy weapons, drones, and artillery"]
    text += rng.choice(extras) + "."
    if rng.random() < 0.3:
        text += " " + rng.choice(["Both sides reported losses.", "Fatalities are coded as reported by SOHR.",
                                  'A commander said: "we will not withdraw."'])
    if rng.random() < 0.05:
        text += "\n\nUpdate: the figures were revised, 3 more died."
    if rng.random() < 0.02:
        text += " Fighters of \u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 \u0627\u0644\u0634\u0627\u0645 took part."
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--date-style", choices=["iso", "text"], default="iso")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for number in range(1, args.rows + 1):
            year = rng.randint(2017, 2024)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            date = (f"{year}-{month:02d}-{day:02d}" if args.date_style == "iso"
                    else f"{day:02d} {MONTHS[month - 1]} {year}")
            roll = rng.random()
            assoc1 = assoc2 = ""
            if roll < 0.35:
                event, sub, disorder = "Battles", rng.choice(["Armed clash", "Armed clash", "Government regains territory",
                                                             "Non-state actor overtakes territory"]), "Political violence"
                a = rng.choice(STATE + ARMED + UNIDENTIFIED[:1])
                b = rng.choice(ARMED + UNIDENTIFIED + STATE)
                while b == a:
                    b = rng.choice(ARMED)
                if rng.random() < 0.25:
                    assoc1 = "; ".join(n for n, _ in rng.sample(ARMED, rng.randint(1, 2)) if n != a[0] and n != b[0])
                if rng.random() < 0.1:
                    assoc2 = rng.choice(ARMED)[0] if rng.random() < 0.8 else "Civilians (Syria)"
                    if assoc2 in (a[0], b[0]):
                        assoc2 = ""
            elif roll < 0.75:
                event, sub, disorder = "Explosions/Remote violence", rng.choice(["Shelling/artillery/missile attack",
                                                                              "Air/drone strike",
                                                                              "Remote explosive/landmine/IED"]), "Political violence"
                a = rng.choice(STATE + ARMED)
                b = rng.choice(ARMED + CIVILIANS + [("", 0)])
            elif roll < 0.88:
                event, sub, disorder = "Violence against civilians", "Attack", "Political violence"
                a = rng.choice(STATE + ARMED + UNIDENTIFIED)
                b = CIVILIANS[0]
                assoc2 = rng.choice(["", "", "Women (Syria)", "Farmers (Syria)"])
            elif roll < 0.95:
                event, sub, disorder = "Protests", "Peaceful protest", "Demonstrations"
                a = PROTESTERS[0]
                b = ("", 0)
                assoc1 = rng.choice(["", "Women (Syria)", "Students (Syria)"])
            else:
                event, disorder = "Strategic developments", "Strategic developments"
                sub = rng.choice(["Agreement", "Agreement", "Arrests", "Looting/property destruction",
                                  "Change to group/activity", "Headquarters or base established"])
                a = rng.choice(STATE + ARMED)
                b = rng.choice(ARMED + [("", 0)]) if sub == "Agreement" else rng.choice(ARMED + CIVILIANS + [("", 0)])
                if b == a:
                    b = ("", 0)
            place = rng.choice(PLACES)
            inter1, inter2 = str(a[1]), (str(b[1]) if b[0] else "")
            interaction = "".join(sorted(c for c in (inter1, inter2) if c and c != "0")) if b[0] else inter1 + "0"
            notes = sentence(rng, a[0] or "Unknown actors", b[0] or "targets", place[0])
            fatalities = 0 if event in ("Protests", "Strategic developments") else rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 30])
            precision = rng.choices(["1", "2", "3"], weights=[85, 10, 5])[0]
            writer.writerow([
                f"SYR{number}", date, str(year), precision, disorder, event, sub, a[0], assoc1, inter1, b[0], assoc2,
                inter2, interaction, "Civilian targeting" if b[0].startswith("Civilians") else "", "760",
                "Middle East", "Syria", place[1], place[2], "", place[0], f"{35 + rng.random():.4f}",
                f"{36 + rng.random():.4f}", str(rng.randint(1, 3)), "; ".join(rng.sample(SOURCES, rng.randint(1, 2))),
                rng.choice(["National", "Local partner-Other", "Other-National"]), notes, str(fatalities),
                rng.choice(["", "", "crowd size=no report"]), str(1_600_000_000 + number)])


if __name__ == "__main__":
    main()
