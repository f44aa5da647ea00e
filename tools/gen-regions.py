#!/usr/bin/env python3
"""Generate directory/regions.yaml: ISO 3166-1 countries, UN M49 regions, intergovernmental bodies.

Sources
- Country codes and names (en, fr, es, ar): Debian iso-codes (iso_3166-1.json and the
  iso_3166-1.mo translations), `apt-get install iso-codes`. `common_name` is used where it exists.
  NAME_FIXES below replaces translations that are wrong, inverted ("Iran, République islamique d'")
  or misspelt; Arabic names are stripped of optional harakat (shadda etc.) so that typed
  queries match.
- Country -> innermost M49 region: ICU region containment data as shipped with Swift Foundation
  (`Locale.Region(code).containingRegion`), which follows UN M49
  (https://unstats.un.org/unsd/methodology/m49/). Captured in M49_MEMBERS below so this script
  needs no Swift. ICU puts AQ in "QO" (Outlying Oceania); M49 assigns Antarctica to no region,
  so AQ has no region here. TW is not listed by M49; ICU places it in Eastern Asia.
- Bodies: member lists in BODIES below, each with the URL it was checked against.

Usage: python3 tools/gen-regions.py > directory/regions.yaml
"""
import gettext
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE = "/usr/share/locale"

# M49 sub-region (innermost) -> member countries, from ICU containingRegion (see header).
M49_MEMBERS = {
    "005": "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE",
    "011": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "013": "BZ CR GT HN MX NI PA SV",
    "014": "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW",
    "015": "DZ EG EH LY MA SD TN",
    "017": "AO CD CF CG CM GA GQ ST TD",
    "018": "BW LS NA SZ ZA",
    "021": "BM CA GL PM US",
    "029": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "030": "CN HK JP KP KR MN MO TW",
    "034": "AF BD BT IN IR LK MV NP PK",
    "035": "BN ID KH LA MM MY PH SG TH TL VN",
    "039": "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA",
    "053": "AU CC CX HM NF NZ",
    "054": "FJ NC PG SB VU",
    "057": "FM GU KI MH MP NR PW UM",
    "061": "AS CK NU PF PN TK TO TV WF WS",
    "143": "KG KZ TJ TM UZ",
    "145": "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE",
    "151": "BG BY CZ HU MD PL RO RU SK UA",
    "154": "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ",
    "155": "AT BE CH DE FR LI LU MC NL",
}

# code, M49, parent, en, fr, es, ar (UN M49 names; fr/es/ar as the UN Statistics Division uses them)
REGIONS = [
    ("africa", "002", None, "Africa", "Afrique", "África", "أفريقيا"),
    ("northern-africa", "015", "africa", "Northern Africa", "Afrique septentrionale", "África septentrional", "شمال أفريقيا"),
    ("sub-saharan-africa", "202", "africa", "Sub-Saharan Africa", "Afrique subsaharienne", "África subsahariana", "أفريقيا جنوب الصحراء الكبرى"),
    ("eastern-africa", "014", "sub-saharan-africa", "Eastern Africa", "Afrique orientale", "África oriental", "شرق أفريقيا"),
    ("middle-africa", "017", "sub-saharan-africa", "Middle Africa", "Afrique centrale", "África central", "وسط أفريقيا"),
    ("southern-africa", "018", "sub-saharan-africa", "Southern Africa", "Afrique australe", "África meridional", "الجنوب الأفريقي"),
    ("western-africa", "011", "sub-saharan-africa", "Western Africa", "Afrique occidentale", "África occidental", "غرب أفريقيا"),
    ("americas", "019", None, "Americas", "Amériques", "Américas", "الأمريكتان"),
    ("latin-america-and-the-caribbean", "419", "americas", "Latin America and the Caribbean", "Amérique latine et Caraïbes", "América Latina y el Caribe", "أمريكا اللاتينية ومنطقة البحر الكاريبي"),
    ("caribbean", "029", "latin-america-and-the-caribbean", "Caribbean", "Caraïbes", "Caribe", "منطقة البحر الكاريبي"),
    ("central-america", "013", "latin-america-and-the-caribbean", "Central America", "Amérique centrale", "Centroamérica", "أمريكا الوسطى"),
    ("south-america", "005", "latin-america-and-the-caribbean", "South America", "Amérique du Sud", "América del Sur", "أمريكا الجنوبية"),
    ("northern-america", "021", "americas", "Northern America", "Amérique septentrionale", "América septentrional", "أمريكا الشمالية"),
    ("asia", "142", None, "Asia", "Asie", "Asia", "آسيا"),
    ("central-asia", "143", "asia", "Central Asia", "Asie centrale", "Asia central", "آسيا الوسطى"),
    ("eastern-asia", "030", "asia", "Eastern Asia", "Asie orientale", "Asia oriental", "شرق آسيا"),
    ("south-eastern-asia", "035", "asia", "South-eastern Asia", "Asie du Sud-Est", "Asia sudoriental", "جنوب شرق آسيا"),
    ("southern-asia", "034", "asia", "Southern Asia", "Asie du Sud", "Asia meridional", "جنوب آسيا"),
    ("western-asia", "145", "asia", "Western Asia", "Asie occidentale", "Asia occidental", "غرب آسيا"),
    ("europe", "150", None, "Europe", "Europe", "Europa", "أوروبا"),
    ("eastern-europe", "151", "europe", "Eastern Europe", "Europe orientale", "Europa oriental", "أوروبا الشرقية"),
    ("northern-europe", "154", "europe", "Northern Europe", "Europe septentrionale", "Europa septentrional", "أوروبا الشمالية"),
    ("southern-europe", "039", "europe", "Southern Europe", "Europe méridionale", "Europa meridional", "أوروبا الجنوبية"),
    ("western-europe", "155", "europe", "Western Europe", "Europe occidentale", "Europa occidental", "أوروبا الغربية"),
    ("oceania", "009", None, "Oceania", "Océanie", "Oceanía", "أوقيانوسيا"),
    ("australia-and-new-zealand", "053", "oceania", "Australia and New Zealand", "Australie et Nouvelle-Zélande", "Australia y Nueva Zelandia", "أستراليا ونيوزيلندا"),
    ("melanesia", "054", "oceania", "Melanesia", "Mélanésie", "Melanesia", "ميلانيزيا"),
    ("micronesia", "057", "oceania", "Micronesia", "Micronésie", "Micronesia", "ميكرونيزيا"),
    ("polynesia", "061", "oceania", "Polynesia", "Polynésie", "Polinesia", "بولينيزيا"),
]

# Corrections to iso-codes names: wrong translations (MD ar was "Maldives"), inverted forms,
# misspellings, lowercase "île". Keys: language -> name.
NAME_FIXES = {
    "AE": {"ar": "الإمارات العربية المتحدة"},
    "AG": {"ar": "أنتيغوا وباربودا"},
    "AS": {"es": "Samoa Americana"},
    "AX": {"fr": "Îles Åland", "es": "Islas Åland"},
    "BA": {"ar": "البوسنة والهرسك"},
    "BF": {"es": "Burkina Faso"},
    "BM": {"es": "Bermudas"},
    "BO": {"es": "Bolivia"},
    "BQ": {"es": "Bonaire, San Eustaquio y Saba"},
    "BV": {"fr": "Île Bouvet"},
    "BY": {"ar": "بيلاروس"},
    "CC": {"fr": "Îles Cocos (Keeling)"},
    "CD": {"en": "Democratic Republic of the Congo", "es": "República Democrática del Congo", "ar": "جمهورية الكونغو الديمقراطية"},
    "CF": {"ar": "جمهورية أفريقيا الوسطى"},
    "CG": {"en": "Republic of the Congo", "es": "República del Congo", "ar": "جمهورية الكونغو"},
    "CI": {"es": "Costa de Marfil"},
    "CK": {"fr": "Îles Cook"},
    "CW": {"ar": "كوراساو"},
    "CX": {"fr": "Île Christmas", "ar": "جزيرة عيد الميلاد"},
    "DZ": {"es": "Argelia"},
    "FK": {"fr": "Îles Malouines (Falkland)"},
    "FM": {"en": "Federated States of Micronesia", "fr": "États fédérés de Micronésie", "es": "Estados Federados de Micronesia", "ar": "ولايات ميكرونيزيا الموحدة"},
    "FO": {"fr": "Îles Féroé"},
    "GG": {"ar": "غيرنزي"},
    "GP": {"ar": "غوادلوب"},
    "GQ": {"fr": "Guinée équatoriale"},
    "GS": {"ar": "جورجيا الجنوبية وجزر ساندويتش الجنوبية"},
    "GU": {"ar": "غوام"},
    "HM": {"fr": "Îles Heard-et-MacDonald", "ar": "جزيرة هيرد وجزر ماكدونالد"},
    "HU": {"ar": "المجر"},
    "IM": {"ar": "جزيرة مان"},
    "IR": {"fr": "Iran", "es": "Irán", "ar": "إيران"},
    "IO": {"ar": "إقليم المحيط الهندي البريطاني"},
    "KM": {"es": "Comoras"},
    "KN": {"ar": "سانت كيتس ونيفس"},
    "KP": {"es": "Corea del Norte", "ar": "كوريا الشمالية"},
    "KR": {"es": "Corea del Sur", "ar": "كوريا الجنوبية"},
    "KY": {"fr": "Îles Caïmans"},
    "LA": {"fr": "Laos", "es": "Laos", "ar": "لاوس"},
    "LT": {"ar": "ليتوانيا"},
    "MD": {"ar": "مولدوفا"},
    "ME": {"ar": "الجبل الأسود"},
    "MO": {"fr": "Macao", "ar": "ماكاو"},
    "MV": {"es": "Maldivas"},
    "NC": {"ar": "كاليدونيا الجديدة"},
    "NF": {"fr": "Île Norfolk"},
    "NZ": {"ar": "نيوزيلندا"},
    "PM": {"ar": "سان بيير وميكلون"},
    "PN": {"en": "Pitcairn Islands", "es": "Islas Pitcairn", "ar": "جزر بيتكيرن"},
    "PS": {"en": "State of Palestine", "fr": "État de Palestine", "es": "Estado de Palestina", "ar": "دولة فلسطين"},
    "RE": {"fr": "La Réunion"},
    "RS": {"ar": "صربيا"},
    "RU": {"en": "Russia", "fr": "Russie", "es": "Rusia", "ar": "روسيا"},
    "SB": {"fr": "Îles Salomon", "ar": "جزر سليمان"},
    "SH": {"ar": "سانت هيلينا وأسنشن وتريستان دا كونا"},
    "SJ": {"ar": "سفالبارد ويان ماين"},
    "SR": {"es": "Surinam"},
    "ST": {"ar": "ساو تومي وبرينسيب"},
    "SX": {"es": "San Martín (parte neerlandesa)"},
    "SY": {"fr": "Syrie", "es": "Siria", "ar": "سوريا"},
    "TC": {"fr": "Îles Turques-et-Caïques", "ar": "جزر تركس وكايكوس"},
    "TF": {"ar": "الأقاليم الجنوبية الفرنسية"},
    "TL": {"ar": "تيمور الشرقية"},
    "TN": {"es": "Túnez"},
    "TR": {"fr": "Turquie", "es": "Turquía", "ar": "تركيا"},
    "TT": {"ar": "ترينيداد وتوباغو"},
    "TZ": {"es": "Tanzania"},
    "VA": {"en": "Holy See", "fr": "Saint-Siège", "es": "Santa Sede", "ar": "الكرسي الرسولي"},
    "VC": {"ar": "سانت فنسنت وجزر غرينادين"},
    "VE": {"fr": "Venezuela", "es": "Venezuela"},
    "VG": {"en": "British Virgin Islands", "es": "Islas Vírgenes Británicas", "ar": "جزر العذراء البريطانية"},
    "VI": {"en": "United States Virgin Islands", "fr": "Îles Vierges des États-Unis", "es": "Islas Vírgenes de los Estados Unidos", "ar": "جزر العذراء الأمريكية"},
    "VN": {"ar": "فيتنام"},
    "WF": {"ar": "واليس وفوتونا"},
    "ZA": {"ar": "جنوب أفريقيا"},
}

# Defender regions (a namespace of their own, not M49 codes): the five regions the protection field
# reports by, as the directory audit defines them (shared/sources/AUDIT-2026-12.md, section 3.2):
#   africa              = M49 Sub-Saharan Africa, without Mauritania (MENA)
#   americas            = M49 Americas
#   asia-pacific        = M49 Asia without Central and Western Asia and Iran, plus Oceania
#   europe-central-asia = M49 Europe + Central Asia + AM, AZ, GE, CY, TR
#   mena                = M49 Northern Africa + the Arab states of Western Asia + IL, PS, IR, MR
# Every country with an M49 region is in exactly one; AQ (no M49 region) is in none.
DEFENDER_REGIONS = [
    ("africa", ("Africa (sub-Saharan)", "Afrique subsaharienne", "África subsahariana", "أفريقيا جنوب الصحراء"),
     {"regions": ["sub-saharan-africa"], "minus": ["MR"], "plus": []}),
    ("americas", ("Americas", "Amériques", "Américas", "الأمريكتان"),
     {"regions": ["americas"], "minus": [], "plus": []}),
    ("asia-pacific", ("Asia-Pacific", "Asie-Pacifique", "Asia-Pacífico", "آسيا والمحيط الهادئ"),
     {"regions": ["eastern-asia", "south-eastern-asia", "southern-asia", "oceania"], "minus": ["IR"], "plus": []}),
    ("europe-central-asia", ("Europe and Central Asia", "Europe et Asie centrale", "Europa y Asia Central", "أوروبا وآسيا الوسطى"),
     {"regions": ["europe", "central-asia"], "minus": [], "plus": ["AM", "AZ", "GE", "CY", "TR"]}),
    ("mena", ("Middle East and North Africa", "Moyen-Orient et Afrique du Nord", "Oriente Medio y Norte de África", "الشرق الأوسط وشمال أفريقيا"),
     {"regions": ["northern-africa", "western-asia"], "minus": ["AM", "AZ", "GE", "CY", "TR"], "plus": ["IR", "MR"]}),
]

BODIES = [
    {
        "code": "au",
        "name": ("African Union", "Union africaine", "Unión Africana", "الاتحاد الأفريقي"),
        "source": "https://au.int/en/member_states/countryprofiles2",
        "comment": [
            "55 member states, as known 2026-11; EH = Sahrawi Arab Democratic Republic (AU member since 1982).",
            "Members suspended from AU activities after coups (e.g. Mali, Guinea, Burkina Faso, Niger, Sudan) remain members.",
        ],
        "members": "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG "
                   "MW ML MR MU MA MZ NA NE NG RW EH ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW",
        "count": 55,
    },
    {
        "code": "oas",
        "name": ("Organization of American States", "Organisation des États américains", "Organización de los Estados Americanos", "منظمة الدول الأمريكية"),
        "source": "https://www.oas.org/en/member_states/default.asp",
        "comment": [
            "35 member states as listed by the OAS, as known 2026-11.",
            "Nicaragua denounced the OAS Charter in November 2021; its withdrawal took effect on 19 November 2023.",
            "Cuba: its government was excluded from participation in 1962; resolution AG/RES. 2438 (2009) lifted that,",
            "but Cuba has not resumed participation. Venezuela's 2017 denunciation is disputed within the OAS.",
            "Decision: all 35 are kept, because the OAS lists 35 member states and the Inter-American Commission",
            "on Human Rights keeps monitoring Cuba, Nicaragua and Venezuela; a programme that excludes one of",
            "them says so in its coverage `exclude`.",
        ],
        "members": "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE",
        "count": 35,
    },
    {
        "code": "coe",
        "name": ("Council of Europe", "Conseil de l'Europe", "Consejo de Europa", "مجلس أوروبا"),
        "source": "https://www.coe.int/en/web/portal/46-members-states",
        "comment": [
            "46 member states, as known 2026-11. Russia was expelled on 16 March 2022.",
        ],
        "members": "AL AD AM AT AZ BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT LV LI LT LU MT MD MC ME "
                   "NL MK NO PL PT RO SM RS SK SI ES SE CH TR UA GB",
        "count": 46,
    },
    {
        "code": "osce",
        "name": ("Organization for Security and Co-operation in Europe", "Organisation pour la sécurité et la coopération en Europe",
                 "Organización para la Seguridad y la Cooperación en Europa", "منظمة الأمن والتعاون في أوروبا"),
        "source": "https://www.osce.org/participating-states",
        "comment": [
            "57 participating States, as known 2026-11 (Russia and Belarus remain participating States).",
        ],
        "members": "AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR VA HU IS IE IT KZ KG LV LI LT "
                   "LU MT MD MC MN ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB US UZ",
        "count": 57,
    },
    {
        "code": "eu",
        "name": ("European Union", "Union européenne", "Unión Europea", "الاتحاد الأوروبي"),
        "source": "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
        "comment": [
            "27 member states, as known 2026-11.",
        ],
        "members": "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
        "count": 27,
    },
    {
        "code": "arab-league",
        "name": ("League of Arab States", "Ligue des États arabes", "Liga de los Estados Árabes", "جامعة الدول العربية"),
        "source": "http://www.lasportal.org/",
        "comment": [
            "22 member states, as known 2026-11; Palestine (PS) is a full member; Syria was readmitted in May 2023.",
            "Source: the League's portal (member list under About the League / الدول الأعضاء).",
        ],
        "members": "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE",
        "count": 22,
    },
    {
        "code": "asean",
        "name": ("Association of Southeast Asian Nations", "Association des nations de l'Asie du Sud-Est",
                 "Asociación de Naciones de Asia Sudoriental", "رابطة دول جنوب شرق آسيا"),
        "source": "https://asean.org/member-states/",
        "comment": [
            "11 member states, as known 2026-11; Timor-Leste was admitted as the 11th member in October 2025.",
        ],
        "members": "BN KH ID LA MY MM PH SG TH VN TL",
        "count": 11,
    },
]

HARAKAT = {chr(c) for c in range(0x064B, 0x0653)}


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


YAML11_BOOLS = {"y", "n", "yes", "no", "on", "off", "true", "false"}


def yaml_code(s):
    """A code, quoted when a YAML 1.1 reader would take it for a boolean (Norway: NO)."""
    return q(s) if s.lower() in YAML11_BOOLS else s


def names_map(en, fr, es, ar):
    return "{en: %s, fr: %s, es: %s, ar: %s}" % (q(en), q(fr), q(es), q(ar))


def main():
    data = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    tr = {lang: gettext.translation("iso_3166-1", LOCALE, [lang]) for lang in ("fr", "es", "ar")}
    region_of = {}
    m49_to_code = {r[1]: r[0] for r in REGIONS}
    for m49, codes in M49_MEMBERS.items():
        for c in codes.split():
            region_of[c] = m49_to_code[m49]
    known = {x["alpha_2"] for x in data}
    out = sys.stdout
    out.write("# Countries, UN M49 regions and intergovernmental bodies; coverage entries TN, REGION:<code>, BODY:<code>.\n")
    out.write("# GENERATED by tools/gen-regions.py: edit the script, not this file, then regenerate.\n")
    out.write("# sources: countries and names: Debian iso-codes 4.15.0 (ISO 3166-1, iso_3166-1.json and its fr/es/ar\n")
    out.write("#   translations; common_name where it exists; corrections listed in the script's NAME_FIXES).\n")
    out.write("# regions: UN M49 (https://unstats.un.org/unsd/methodology/m49/); country -> innermost region from the\n")
    out.write("#   ICU region containment data in Swift Foundation (Locale.Region.containingRegion), which follows M49.\n")
    out.write("#   AQ (Antarctica) belongs to no M49 region. TW is not listed by M49; ICU places it in Eastern Asia.\n")
    out.write("# Codes that YAML 1.1 reads as booleans (NO = Norway) are quoted.\n")
    out.write("# bodies: member lists checked against the `source` of each; date of knowledge in each comment.\n")
    out.write("countries:\n")
    for x in data:
        code = x["alpha_2"]
        en = x.get("common_name") or x["name"]
        names = {"en": en}
        for lang in ("fr", "es", "ar"):
            t = tr[lang].gettext(en)
            if t == en and "common_name" in x:
                t = tr[lang].gettext(x["name"])
            names[lang] = t
        names.update(NAME_FIXES.get(code, {}))
        names["ar"] = "".join(ch for ch in names["ar"] if ch not in HARAKAT).replace(" و ", " و")
        out.write("  - code: %s\n" % yaml_code(code))
        out.write("    name: %s\n" % names_map(names["en"], names["fr"], names["es"], names["ar"]))
        if code in region_of:
            out.write("    region: %s\n" % region_of[code])
    out.write("regions:\n")
    for code, m49, parent, en, fr, es, ar in REGIONS:
        out.write("  - code: %s\n" % code)
        out.write('    m49: "%s"\n' % m49)
        out.write("    name: %s\n" % names_map(en, fr, es, ar))
        if parent:
            out.write("    parent: %s\n" % parent)
    out.write("bodies:\n")
    for b in BODIES:
        members = b["members"].split()
        assert len(members) == b["count"], (b["code"], len(members))
        assert len(set(members)) == len(members), b["code"]
        unknown = [m for m in members if m not in known]
        assert not unknown, (b["code"], unknown)
        for line in b["comment"]:
            out.write("  # %s\n" % line)
        out.write("  - code: %s\n" % b["code"])
        out.write("    name: %s\n" % names_map(*b["name"]))
        out.write("    source: %s\n" % b["source"])
        out.write("    members: [%s]\n" % ", ".join(yaml_code(m) for m in members))
    # Defender regions: resolve each through the M49 tree, then check that each country is in one.
    parent_of = {r[0]: r[2] for r in REGIONS}

    def inside(country, region):
        code = region_of.get(country)
        while code:
            if code == region:
                return True
            code = parent_of[code]
        return False

    order = [x["alpha_2"] for x in data]
    placed = {}
    out.write("# Defender regions (AUDIT-2026-12.md section 3.2); not coverage codes. Each country with an M49\n")
    out.write("# region is in exactly one; AQ is in none.\n")
    out.write("defender_regions:\n")
    for code, names, rule in DEFENDER_REGIONS:
        members = [c for c in order if any(inside(c, r) for r in rule["regions"]) and c not in rule["minus"]]
        members += [c for c in rule["plus"] if c not in members]
        members.sort()
        for c in members:
            assert c not in placed, (c, placed.get(c), code)
            placed[c] = code
        out.write("  - code: %s\n" % code)
        out.write("    name: %s\n" % names_map(*names))
        out.write("    countries: [%s]\n" % ", ".join(yaml_code(m) for m in members))
    unplaced = sorted(set(region_of) - set(placed))
    assert not unplaced, unplaced
    # Every country must resolve to a region, except Antarctica.
    missing = sorted(known - set(region_of) - {"AQ"})
    assert not missing, missing


if __name__ == "__main__":
    main()
