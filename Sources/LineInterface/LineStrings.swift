import DirectoryModel

/// The line interface's own words in one UI language: banner, prompts, hints, help.
///
/// Page content comes from the catalogue; these are only the words around it. Every hint is one
/// line: a user on a slow link should never wait for a wall of text they did not ask for.
struct LineStrings: Sendable {
    /// First banner line: what this is.
    var title: String
    /// Second banner line, before the emergency number: `%@` is the organisation's name.
    var emergencyLabel: String
    /// Shown under a screen that has more to come.
    var moreHint: String
    /// The one-line hint for input that means nothing here.
    var unknownHint: String
    /// After a line that held bytes that are not UTF-8.
    var invalidUTF8Hint: String
    var notFound: String
    /// `%1` is the number typed, `%2` the highest number on the page.
    var noSuchItem: String
    var noItems: String
    var nothingMore: String
    var nothingBack: String
    /// Asked after choosing a search item.
    var askSearchWords: String
    var cancelled: String
    /// `%1` lowest, `%2` highest, `%3` current.
    var widthHint: String
    var langHint: String
    var help: [String]
    var goodbye: String
    var idleWarning: String
    var idleClosed: String
    var sessionEnded: String
    var flooded: String

    static func forLanguage(_ language: UILanguage) -> LineStrings {
        switch language {
        case .en: return .english
        case .fr: return .french
        case .es: return .spanish
        case .ar: return .arabic
        }
    }

    static let english = LineStrings(
        title: "Sanad: help for human rights defenders at risk.",
        emergencyLabel: "24-hour emergency line, %@:",
        moreHint: "-- Enter: more --",
        unknownHint: "Type a number, words to search, or help.",
        invalidUTF8Hint: "Some bytes were not UTF-8 and were replaced; please set your terminal to UTF-8.",
        notFound: "Not found.",
        noSuchItem: "There is no item %1 here: choose 1 to %2.",
        noItems: "This page has no numbered items.",
        nothingMore: "Nothing more on this page.",
        nothingBack: "This is the first page.",
        askSearchWords: "Words to search (Enter to cancel):",
        cancelled: "Cancelled.",
        widthHint: "Width is %3; type width and a number from %1 to %2.",
        langHint: "Languages: lang en, lang fr, lang es, lang ar.",
        help: [
            "A number opens that item. Any other words search the directory.",
            "search WORDS   refer   back   home   more (or Enter)",
            "lang en|fr|es|ar   width N   help   quit",
        ],
        goodbye: "Goodbye. Stay safe.",
        idleWarning: "No input for a while: this connection closes in one minute.",
        idleClosed: "Closed after a long time without input.",
        sessionEnded: "Closed: the session reached its time limit. You can connect again.",
        flooded: "Line too long or unreadable: closing."
    )

    static let french = LineStrings(
        title: "Sanad : aide aux défenseur·es des droits humains en danger.",
        emergencyLabel: "Ligne d'urgence 24 h/24, %@ :",
        moreHint: "-- Entrée : suite --",
        unknownHint: "Tapez un numéro, des mots à chercher, ou aide.",
        invalidUTF8Hint: "Des octets n'étaient pas en UTF-8 et ont été remplacés ; réglez votre terminal en UTF-8.",
        notFound: "Introuvable.",
        noSuchItem: "Il n'y a pas d'élément %1 ici : choisissez de 1 à %2.",
        noItems: "Cette page n'a pas d'éléments numérotés.",
        nothingMore: "Rien de plus sur cette page.",
        nothingBack: "C'est la première page.",
        askSearchWords: "Mots à chercher (Entrée pour annuler) :",
        cancelled: "Annulé.",
        widthHint: "Largeur : %3 ; tapez largeur et un nombre de %1 à %2.",
        langHint: "Langues : lang en, lang fr, lang es, lang ar.",
        help: [
            "Un numéro ouvre l'élément. D'autres mots cherchent dans l'annuaire.",
            "chercher MOTS   orienter   retour   accueil   suite (ou Entrée)",
            "lang en|fr|es|ar   largeur N   aide   quitter",
        ],
        goodbye: "Au revoir. Prenez soin de vous.",
        idleWarning: "Aucune saisie depuis un moment : la connexion se ferme dans une minute.",
        idleClosed: "Fermée après une longue période sans saisie.",
        sessionEnded: "Fermée : la session a atteint sa durée maximale. Vous pouvez vous reconnecter.",
        flooded: "Ligne trop longue ou illisible : fermeture."
    )

    static let spanish = LineStrings(
        title: "Sanad: ayuda para defensores de derechos humanos en riesgo.",
        emergencyLabel: "Línea de emergencia 24 horas, %@:",
        moreHint: "-- Intro: más --",
        unknownHint: "Escriba un número, palabras para buscar o ayuda.",
        invalidUTF8Hint: "Algunos bytes no eran UTF-8 y se reemplazaron; configure su terminal en UTF-8.",
        notFound: "No encontrado.",
        noSuchItem: "No hay elemento %1 aquí: elija de 1 a %2.",
        noItems: "Esta página no tiene elementos numerados.",
        nothingMore: "No hay nada más en esta página.",
        nothingBack: "Esta es la primera página.",
        askSearchWords: "Palabras para buscar (Intro para cancelar):",
        cancelled: "Cancelado.",
        widthHint: "Ancho: %3; escriba ancho y un número de %1 a %2.",
        langHint: "Idiomas: lang en, lang fr, lang es, lang ar.",
        help: [
            "Un número abre ese elemento. Otras palabras buscan en el directorio.",
            "buscar PALABRAS   derivar   volver   inicio   más (o Intro)",
            "lang en|fr|es|ar   ancho N   ayuda   salir",
        ],
        goodbye: "Adiós. Cuídese.",
        idleWarning: "Sin actividad desde hace un rato: la conexión se cierra en un minuto.",
        idleClosed: "Cerrada tras mucho tiempo sin actividad.",
        sessionEnded: "Cerrada: la sesión alcanzó su tiempo máximo. Puede volver a conectarse.",
        flooded: "Línea demasiado larga o ilegible: cerrando."
    )

    static let arabic = LineStrings(
        title: "سند: مساعدة للمدافعين عن حقوق الإنسان المعرضين للخطر.",
        emergencyLabel: "خط الطوارئ على مدار الساعة، %@:",
        moreHint: "-- Enter: المزيد --",
        unknownHint: "اكتب رقماً، أو كلمات للبحث، أو مساعدة.",
        invalidUTF8Hint: "بعض البايتات ليست UTF-8 وتم استبدالها؛ اضبط الطرفية على UTF-8.",
        notFound: "غير موجود.",
        noSuchItem: "لا يوجد عنصر %1 هنا: اختر من 1 إلى %2.",
        noItems: "لا توجد عناصر مرقمة في هذه الصفحة.",
        nothingMore: "لا مزيد في هذه الصفحة.",
        nothingBack: "هذه هي الصفحة الأولى.",
        askSearchWords: "كلمات البحث (Enter للإلغاء):",
        cancelled: "أُلغي.",
        widthHint: "العرض %3؛ اكتب width ورقماً من %1 إلى %2.",
        langHint: "اللغات: lang en، lang fr، lang es، lang ar.",
        help: [
            "الرقم يفتح العنصر. أي كلمات أخرى تبحث في الدليل.",
            "بحث كلمات   إحالة   رجوع   الرئيسية   المزيد (أو Enter)",
            "lang en|fr|es|ar   width N   مساعدة   خروج",
        ],
        goodbye: "مع السلامة. ابقَ آمناً.",
        idleWarning: "لا إدخال منذ مدة: سيُغلق الاتصال خلال دقيقة.",
        idleClosed: "أُغلق الاتصال بعد مدة طويلة بلا إدخال.",
        sessionEnded: "أُغلق: بلغت الجلسة حدها الزمني. يمكنك الاتصال مجدداً.",
        flooded: "سطر طويل جداً أو غير مقروء: إغلاق."
    )
}

extension String {
    /// Fills `%1`, `%2`, `%3` (and `%@` as `%1`) with `values`.
    func filled(_ values: String...) -> String {
        var result = self
        for (index, value) in values.enumerated() {
            result = result.replacing("%\(index + 1)", with: value)
            if index == 0 { result = result.replacing("%@", with: value) }
        }
        return result
    }
}
