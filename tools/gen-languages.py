#!/usr/bin/env python3
"""Generate directory/vocabulary/languages.yaml: every ISO 639-1 code with its name in en, fr, es, ar.

Source: Debian iso-codes (iso_639-2.json entries with alpha_2; names translated through the
iso_639-2 / iso_639 / iso_639-3 .mo catalogues read with Python's gettext). iso-codes leaves many
Spanish and Arabic names untranslated and has a few wrong ones (Xhosa as "Hausa" in Arabic,
Romansh as "Romaní" in Spanish); FIX below fills and corrects them, and ENDONYMS gives each major
language's own name. The first of several ";"-separated names is the label, the others become
keywords.

Usage: python3 tools/gen-languages.py > directory/vocabulary/languages.yaml
"""
import gettext
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_639-2.json"
LOCALE = "/usr/share/locale"
DOMAINS = ("iso_639-2", "iso_639", "iso_639-3")

# Corrections and gaps, per code: {lang: name}. Names are given as labels (capitalised).
FIX = {
    "aa": {"es": "Afar", "ar": "العفرية"},
    "af": {"es": "Afrikáans"},
    "ak": {"es": "Akan", "ar": "الأكانية"},
    "am": {"es": "Amárico", "ar": "الأمهرية"},
    "ar": {"es": "Árabe"},
    "as": {"es": "Asamés", "ar": "الأسامية"},
    "av": {"es": "Ávaro", "ar": "الأوارية"},
    "ae": {"es": "Avéstico"},
    "az": {"es": "Azerí"},
    "ba": {"es": "Baskir", "ar": "الباشكيرية"},
    "bm": {"es": "Bambara", "ar": "البامبارا"},
    "bh": {"en": "Bihari", "es": "Bihari", "ar": "البيهارية"},
    "bi": {"es": "Bislama"},
    "ca": {"fr": "Catalan", "es": "Catalán", "ar": "الكاتالونية"},
    "ch": {"es": "Chamorro"},
    "cu": {"en": "Church Slavonic", "es": "Eslavo eclesiástico antiguo", "ar": "السلافونية الكنسية"},
    "cv": {"es": "Chuvasio"},
    "kw": {"ar": "الكورنية"},
    "cr": {"es": "Cree", "ar": "الكري"},
    "dv": {"en": "Dhivehi", "es": "Divehi", "ar": "الديفيهية"},
    "dz": {"es": "Dzongkha", "ar": "الدزونغكا"},
    "el": {"en": "Greek", "fr": "Grec", "es": "Griego", "ar": "اليونانية"},
    "eo": {"es": "Esperanto"},
    "ee": {"es": "Ewe", "ar": "الإيوية"},
    "eu": {"es": "Euskera", "ar": "الباسكية"},
    "fa": {"ar": "الفارسية"},
    "fo": {"ar": "الفاروية"},
    "fj": {"es": "Fiyiano", "ar": "الفيجية"},
    "fy": {"ar": "الفريزية الغربية"},
    "ff": {"en": "Fula", "es": "Fula", "ar": "الفولانية"},
    "gd": {"en": "Scottish Gaelic", "fr": "Gaélique écossais", "es": "Gaélico escocés", "ar": "الغيلية الأسكتلندية"},
    "gl": {"ar": "الجاليكية"},
    "gv": {"es": "Manés", "ar": "لغة جزيرة مان"},
    "gn": {"ar": "الغوارانية"},
    "gu": {"fr": "Goudjarati", "es": "Guyaratí"},
    "ht": {"en": "Haitian Creole", "fr": "Créole haïtien", "es": "Criollo haitiano", "ar": "الكريولية الهايتية"},
    "ha": {"es": "Hausa"},
    "hz": {"es": "Herero", "ar": "الهيريرو"},
    "hi": {"es": "Hindi"},
    "ho": {"es": "Hiri motu", "ar": "الهيري موتو"},
    "hu": {"ar": "المجرية"},
    "ig": {"es": "Igbo", "ar": "الإيغبو"},
    "io": {"es": "Ido", "ar": "الإيدو"},
    "ii": {"en": "Sichuan Yi", "es": "Yi de Sichuán", "ar": "يي سيتشوان"},
    "iu": {"es": "Inuktitut", "ar": "الإينكتيتوت"},
    "ie": {"en": "Interlingue", "ar": "الإنترلينغوي"},
    "ia": {"en": "Interlingua", "fr": "Interlingua", "es": "Interlingua", "ar": "الإنترلينغوا"},
    "ik": {"es": "Iñupiaq"},
    "jv": {"ar": "الجاوية"},
    "kl": {"en": "Greenlandic", "ar": "الغرينلاندية"},
    "kn": {"fr": "Kannada", "es": "Canarés", "ar": "الكانادا"},
    "ks": {"es": "Cachemir"},
    "ka": {"ar": "الجورجية"},
    "kr": {"es": "Kanuri", "ar": "الكانورية"},
    "kk": {"es": "Kazajo"},
    "km": {"en": "Khmer", "fr": "Khmer", "es": "Jemer", "ar": "الخميرية"},
    "ki": {"en": "Kikuyu", "es": "Kikuyu", "ar": "الكيكويو"},
    "rw": {"es": "Kinyarwanda", "ar": "الكينيارواندية"},
    "ky": {"en": "Kyrgyz", "es": "Kirguís", "ar": "القيرغيزية"},
    "kv": {"es": "Komi", "ar": "الكومي"},
    "kg": {"es": "Kikongo", "ar": "الكيكونغو"},
    "kj": {"en": "Kwanyama", "ar": "الكوانياما"},
    "lo": {"fr": "Lao", "es": "Lao", "ar": "اللاوية"},
    "li": {"en": "Limburgish", "ar": "الليمبورغية"},
    "ln": {"es": "Lingala", "ar": "اللينغالا"},
    "lb": {"en": "Luxembourgish", "ar": "اللكسمبورغية"},
    "lu": {"es": "Luba-katanga", "ar": "اللوبا كاتانغا"},
    "lg": {"en": "Luganda", "fr": "Luganda", "es": "Luganda", "ar": "اللوغندية"},
    "mh": {"es": "Marshalés", "ar": "المارشالية"},
    "ml": {"es": "Malayalam", "ar": "المالايالامية"},
    "mr": {"es": "Maratí", "ar": "الماراثية"},
    "mg": {"ar": "الملغاشية"},
    "mi": {"ar": "الماورية"},
    "ms": {"ar": "الملايوية"},
    "na": {"en": "Nauruan", "fr": "Nauruan", "es": "Nauruano", "ar": "الناورية"},
    "nv": {"en": "Navajo", "ar": "النافاجو"},
    "nr": {"en": "South Ndebele", "es": "Ndebele del sur", "ar": "النديبيلية الجنوبية"},
    "nd": {"en": "North Ndebele", "es": "Ndebele del norte", "ar": "النديبيلية الشمالية"},
    "ng": {"es": "Ndonga", "ar": "الندونغا"},
    "nl": {"en": "Dutch", "es": "Neerlandés", "ar": "الهولندية"},
    "nn": {"en": "Norwegian Nynorsk", "es": "Noruego nynorsk", "ar": "النرويجية نينورسك"},
    "nb": {"en": "Norwegian Bokmål", "es": "Noruego bokmål", "ar": "النرويجية بوكمول"},
    "ny": {"en": "Chichewa", "fr": "Chichewa", "es": "Chichewa", "ar": "التشيتشيوا"},
    "oc": {"en": "Occitan", "fr": "Occitan", "es": "Occitano", "ar": "الأوكسيتانية"},
    "oj": {"es": "Ojibwa", "ar": "الأوجيبوا"},
    "or": {"en": "Odia", "fr": "Odia", "es": "Odia", "ar": "الأورية"},
    "om": {"es": "Oromo", "ar": "الأورومية"},
    "os": {"en": "Ossetian", "es": "Osético", "ar": "الأوسيتية"},
    "pa": {"en": "Punjabi", "es": "Panyabí", "ar": "البنجابية"},
    "pi": {"es": "Pali", "ar": "البالية"},
    "ps": {"en": "Pashto", "es": "Pastún", "ar": "البشتوية"},
    "qu": {"es": "Quechua", "ar": "الكيتشوا"},
    "rm": {"es": "Romanche", "ar": "الرومانشية"},
    "ro": {"en": "Romanian", "fr": "Roumain", "es": "Rumano", "ar": "الرومانية"},
    "rn": {"en": "Kirundi", "es": "Kirundi", "ar": "الكيروندية"},
    "sg": {"es": "Sango", "ar": "السانغو"},
    "si": {"en": "Sinhala", "es": "Cingalés", "ar": "السنهالية"},
    "se": {"es": "Sami septentrional", "ar": "السامية الشمالية"},
    "sm": {"ar": "الساموية"},
    "sn": {"es": "Shona", "ar": "الشونا"},
    "sd": {"es": "Sindhi", "ar": "السندية"},
    "st": {"en": "Southern Sotho", "es": "Sesoto", "ar": "السوتو الجنوبية"},
    "es": {"en": "Spanish", "fr": "Espagnol", "es": "Español", "ar": "الإسبانية"},
    "sq": {"ar": "الألبانية"},
    "sc": {"ar": "السردينية"},
    "ss": {"es": "Suazi", "ar": "السواتية"},
    "su": {"es": "Sundanés"},
    "sw": {"es": "Suajili"},
    "ty": {"ar": "التاهيتية"},
    "ta": {"es": "Tamil"},
    "tt": {"es": "Tártaro", "ar": "التترية"},
    "te": {"es": "Telugu", "ar": "التيلوغوية"},
    "tg": {"es": "Tayiko", "ar": "الطاجيكية"},
    "ti": {"fr": "Tigrinya", "es": "Tigriña", "ar": "التغرينية"},
    "to": {"en": "Tongan", "fr": "Tongien", "es": "Tongano", "ar": "التونغية"},
    "tn": {"es": "Setsuana", "ar": "التسوانية"},
    "ts": {"es": "Tsonga", "ar": "التسونغا"},
    "tk": {"ar": "التركمانية"},
    "tw": {"es": "Twi", "ar": "التوي"},
    "ug": {"en": "Uyghur", "es": "Uigur", "ar": "الأويغورية"},
    "uk": {"es": "Ucraniano", "ar": "الأوكرانية"},
    "ur": {"es": "Urdu", "ar": "الأردية"},
    "uz": {"fr": "Ouzbek", "ar": "الأوزبكية"},
    "ve": {"es": "Venda", "ar": "الفيندا"},
    "vi": {"ar": "الفيتنامية"},
    "vo": {"es": "Volapük", "ar": "الفولابوك"},
    "wa": {"es": "Valón", "ar": "الوالونية"},
    "wo": {"es": "Wolof", "ar": "الولوفية"},
    "xh": {"es": "Xhosa", "ar": "الكوسية"},
    "yo": {"es": "Yoruba", "ar": "اليوروبية"},
    "za": {"en": "Zhuang", "es": "Chuang", "ar": "التشوانغية"},
    "zu": {"es": "Zulú"},
}

# The language's own name(s), lowercase where the language has case.
ENDONYMS = {
    "af": ["afrikaans"], "am": ["አማርኛ"], "ar": ["العربية", "عربي"], "az": ["azərbaycanca"],
    "be": ["беларуская"], "bg": ["български"], "bn": ["বাংলা"], "bo": ["བོད་སྐད་"], "bs": ["bosanski"],
    "ca": ["català"], "cs": ["čeština"], "cy": ["cymraeg"], "da": ["dansk"], "de": ["deutsch"],
    "el": ["ελληνικά"], "en": ["english"], "es": ["español", "castellano"], "et": ["eesti"],
    "eu": ["euskara"], "fa": ["فارسی"], "ff": ["fulfulde", "pulaar"], "fi": ["suomi"], "fr": ["français"],
    "ga": ["gaeilge"], "gl": ["galego"], "gn": ["avañe'ẽ"], "gu": ["ગુજરાતી"], "ha": ["hausa"],
    "he": ["עברית"], "hi": ["हिन्दी"], "hr": ["hrvatski"], "ht": ["kreyòl ayisyen"], "hu": ["magyar"],
    "hy": ["հայերեն"], "id": ["bahasa indonesia"], "ig": ["igbo"], "is": ["íslenska"], "it": ["italiano"],
    "ja": ["日本語"], "jv": ["basa jawa"], "ka": ["ქართული"], "kk": ["қазақ тілі"], "km": ["ខ្មែរ"],
    "kn": ["ಕನ್ನಡ"], "ko": ["한국어"], "ku": ["kurdî", "کوردی"], "ky": ["кыргызча"], "lo": ["ລາວ"],
    "ln": ["lingála"], "lt": ["lietuvių"], "lv": ["latviešu"], "mg": ["malagasy"], "mk": ["македонски"],
    "ml": ["മലയാളം"], "mn": ["монгол"], "mr": ["मराठी"], "ms": ["bahasa melayu"], "mt": ["malti"],
    "my": ["မြန်မာ"], "ne": ["नेपाली"], "nl": ["nederlands"], "no": ["norsk"], "om": ["afaan oromoo"],
    "pa": ["ਪੰਜਾਬੀ"], "pl": ["polski"], "ps": ["پښتو"], "pt": ["português"], "qu": ["runa simi"],
    "ro": ["română"], "ru": ["русский"], "rw": ["ikinyarwanda"], "rn": ["ikirundi"], "sd": ["سنڌي"],
    "si": ["සිංහල"], "sk": ["slovenčina"], "sl": ["slovenščina"], "so": ["soomaali"], "sq": ["shqip"],
    "sr": ["српски", "srpski"], "sv": ["svenska"], "sw": ["kiswahili"], "ta": ["தமிழ்"], "te": ["తెలుగు"],
    "tg": ["тоҷикӣ"], "th": ["ไทย"], "ti": ["ትግርኛ"], "tk": ["türkmençe"], "tl": ["tagalog"],
    "tr": ["türkçe"], "uk": ["українська"], "ur": ["اردو"], "uz": ["oʻzbekcha", "ўзбекча"],
    "vi": ["tiếng việt"], "wo": ["wolof"], "xh": ["isixhosa"], "yo": ["yorùbá"], "zh": ["中文", "汉语"],
    "zu": ["isizulu"], "ug": ["ئۇيغۇرچە"], "dv": ["ދިވެހި"], "lb": ["lëtzebuergesch"], "br": ["brezhoneg"],
    "sn": ["chishona"], "st": ["sesotho"], "tn": ["setswana"], "ny": ["chichewa"], "lg": ["luganda"],
}

# Extra Arabic forms people type (the adjective as well as the name of the language).
AR_EXTRA = {
    "ar": ["عربي"], "en": ["إنجليزي", "الإنكليزية"], "fr": ["فرنسي"], "es": ["إسباني"],
    "fa": ["فارسي"], "ru": ["روسي"], "tr": ["تركي"], "ku": ["كردي"], "de": ["ألماني"],
    "pt": ["برتغالي"], "zh": ["صيني"], "ur": ["أردو"], "he": ["عبري"], "it": ["إيطالي"],
    "so": ["صومالي"], "sw": ["سواحلي"], "hi": ["هندي"], "hu": ["الهنغارية"], "ps": ["البشتو"],
    "uk": ["أوكراني"], "ja": ["ياباني"], "ko": ["كوري"],
}

# Extra English keywords (other common names).
EN_EXTRA = {"fa": ["farsi"], "ff": ["fulani", "peul"], "ps": ["pushto"], "ny": ["chewa", "nyanja"],
            "ug": ["uighur"], "ky": ["kirghiz"], "pa": ["panjabi"], "si": ["sinhalese"], "or": ["oriya"],
            "dv": ["divehi", "maldivian"], "gd": ["gaelic"], "nl": ["flemish"], "ro": ["moldovan"],
            "ht": ["haitian"], "kl": ["kalaallisut"], "km": ["cambodian"], "ki": ["gikuyu"], "es": ["castilian"],
            "ca": ["valencian"], "el": ["modern greek"]}


def catalogue(lang):
    out = []
    for dom in DOMAINS:
        try:
            out.append(gettext.translation(dom, LOCALE, [lang]))
        except OSError:
            pass
    return out


def translate(cats, name):
    for t in cats:
        s = t.gettext(name)
        if s != name:
            return s
    return None


def first(name):
    return name.split(";")[0].strip()


def cap(s):
    return s[:1].upper() + s[1:]


def q(s):
    return json.dumps(s, ensure_ascii=False)


YAML11_BOOLS = {"y", "n", "yes", "no", "on", "off", "true", "false"}


def yc(s):
    """A code, quoted when a YAML 1.1 reader would take it for a boolean (Norwegian: no)."""
    return q(s) if s.lower() in YAML11_BOOLS else s


def main():
    data = [x for x in json.load(open(ISO, encoding="utf-8"))["639-2"] if "alpha_2" in x]
    cats = {lang: catalogue(lang) for lang in ("fr", "es", "ar")}
    out = sys.stdout
    out.write("# ISO 639-1 languages: the `languages` field of a service, and `arabic` / `lang:ar` in queries.\n")
    out.write("# GENERATED by tools/gen-languages.py: edit the script, not this file, then regenerate.\n")
    out.write("# source: Debian iso-codes 4.15.0 (iso_639-2.json alpha_2 entries; fr/es/ar names from its\n")
    out.write("#   iso_639-2/iso_639/iso_639-3 translations), with gaps and errors corrected in the script (FIX);\n")
    out.write("#   keywords hold the names in en/fr/es/ar (lowercase) and the language's own name (endonym).\n")
    out.write("# The code no (Norwegian) is quoted: YAML 1.1 readers take a bare no for false.\n")
    out.write("vocabulary: languages\n")
    out.write("terms:\n")
    for x in data:
        code = x["alpha_2"]
        iso_en = x["name"]
        names = {"en": first(iso_en)}
        alts = {"en": [a.strip() for a in iso_en.split(";")[1:]]}
        for lang in ("fr", "es", "ar"):
            t = translate(cats[lang], iso_en)
            names[lang] = first(t) if t else None
            alts[lang] = [a.strip() for a in t.split(";")[1:]] if t else []
        names.update(FIX.get(code, {}))
        missing = [lang for lang in ("fr", "es", "ar") if not names[lang]]
        if missing:
            sys.exit("no %s name for %s" % (missing, code))
        label = {lang: (names[lang] if lang == "ar" else cap(names[lang])) for lang in ("en", "fr", "es", "ar")}
        kw = {}
        for lang in ("en", "fr", "es", "ar"):
            words = [label[lang].lower()] + [a.lower() for a in alts[lang] if "," not in a and "(" not in a]
            if lang == "en":
                words += EN_EXTRA.get(code, [])
            if lang == "ar":
                words += AR_EXTRA.get(code, [])
            seen = []
            for w in words:
                if w and w not in seen:
                    seen.append(w)
            kw[lang] = seen
        endo = ENDONYMS.get(code, [])
        if endo:
            kw[code] = list(dict.fromkeys(kw.get(code, []) + endo)) if code in kw else endo
        out.write("  - code: %s\n" % yc(code))
        out.write("    label: {en: %s, fr: %s, es: %s, ar: %s}\n" % tuple(q(label[l]) for l in ("en", "fr", "es", "ar")))
        out.write("    keywords:\n")
        for lang, words in kw.items():
            out.write("      %s: [%s]\n" % (yc(lang), ", ".join(q(w) for w in words)))


if __name__ == "__main__":
    main()
