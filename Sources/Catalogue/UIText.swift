import DirectoryModel

/// The catalogue's own words in every UI language. Directory content brings its own translations;
/// these are the headings, labels and sentences around it.
public enum UIText: String, Sendable, CaseIterable {
    case siteTitle, tagline, emergencyNow, allEmergency, search, searchPrompt, refer, referPrompt
    case browseRegion, browseService, browseGroup, browseKind, browseAZ, about, languages
    case regionsTitle, servicesTitle, groupsTitle, kindsTitle, azTitle, emergencyTitle
    case countriesIn, subRegions, workingIn, worldwide, noEntries, searchResults, noResults
    case kind, status, inactive, website, onion, partOf, services, types, forWhom, coverage, languagesLabel
    case availability, cost, funding, safeFirstStep, prepare, consent, limits, mustLabel, excludesLabel
    case riskNotes, historicalHeading, historicalNote, sources, source, checkedOn, sourceDated, undatedSource
    case contacts, emergencyChannel, urgency, firstResponse, decision, fundsArrive, intakeMode
    case aboutText, privacyText, reportErrors, reportErrorsDefault, directoryVersion, entries, backToRoot
    case contactsChecked
    case emergencyIntro, notFound, home, shareWarning, shareLink, referralTitle, notRechecked, undated
    case securityE2E, securityTransport, securityNone
    case interviewStart, interviewStep, interviewShareNote, typeInstead, skipQuestion, skipHint, typedHint
    case notRecognised, answersSoFar, skipped
    case questionCountry, questionWho, questionThreats, questionNeeds, questionLanguages, questionUrgency
    case answerCountry, answerWho, answerThreats, answerNeeds, answerLanguages, answerUrgency
    case urgencyImmediate, urgencyDays, urgencyWeeks, urgencyPlanning
    // The line interface's words around the pages: banner, hints, help (one line each).
    case lineTitle, lineEmergencyLabel, lineMoreHint, lineUnknownHint, lineInvalidUTF8Hint, lineNotFound, lineNoSuchItem, lineNoItems, lineNothingMore, lineNothingBack
    case lineAskSearchWords, lineCancelled, lineWidthHint, lineLangHint, lineHelp, lineGoodbye, lineIdleWarning, lineIdleClosed, lineSessionEnded, lineFlooded, lineBusy
    case safetyWarning
    case unconfirmedHeading, unconfirmedLabel, statsHeading, statsRegion, statsNoMechanism, statsKinds, nationalOnly, operatedBy
    // ops (issue 19): the line session's goodbye when the server stops.
    case lineRestarting
    // issue 19: a client that sends many lines at once without reading the answers.
    case lineTooManyLines
    // lang (issue 21): fallback marks, hours in words, emergency near the defender, the line interface's languages and share link, Gemini prompts.
    case inEnglish, inFrench, inSpanish, inArabic, inOtherLanguage
    case hoursAroundTheClock, hoursAroundTheClockAllYear, hoursEveryDay, hoursAnyDayOfYear
    case answersIn, runBy, emergencyIn, emergencyOwnCountry, emergencyRegion, emergencyWorldwide, emergencyNoneNear, emergencyByRegion, emergencyCountryLink
    case lineLanguages, lineShareSelector, lineShareURL, lineOpenedLink
    case geminiSearchPrompt, geminiReferPrompt, azLatin
    // The JSON API and the HSDS API (area: api): problem titles and one plain sentence per problem.
    case apiTitleBadRequest, apiTitleNotFound, apiTitleMethod, apiTitleMediaType
    case apiNotFound, apiMethodNotAllowed, apiUnsupportedMediaType, apiBadJSON, apiUnknownField, apiWrongType, apiUnknownCode, apiMissingWords, apiTooLong
    case apiTypeString, apiTypeStringOrNull, apiTypeList, apiTypeBoolean, apiTypeDate, apiTypeLanguage, apiTypeCount, apiTypeChoice, apiTypeDateTime
    // The web front (issue 22): the leave link, the safety page, the referral form, buttons, HTTP errors.
    case webLeave, webSafetyLink, webSafetyTitle, webSafety1, webSafety2, webSafety3, webSafety4, webNotSure, webFormHeading, webFormSubmit
    case webSearchButton, webSend, webPlainText, webPrintHint, webShareRequest, webBadRequest, webTooLarge, webTimeout, webMethod
    // referral (issue 20): search that matches every word, with partial matches labelled.
    case searchPartial
    // Gopher's own answers (issue 16: they were English words in the front): the page a `URL:`
    // selector opens, links it will not open, a plaintext client, requests it cannot read.
    case gopherLeaving, gopherLinkRefused, gopherLinkUnlisted, gopherPlaintext, linePlaintext
    case requestTooLong, requestControlCharacter, requestInvalidUTF8, requestParentDirectory, requestIncomplete

    /// The text in `language`, with `%1`, `%2` … filled with `values`: the one placeholder style.
    public func callAsFunction(_ language: UILanguage, _ values: String...) -> String {
        text(language, values)
    }

    /// The text in every UI language, in ``UILanguage/allCases`` order: for an answer sent
    /// before anything tells the user's language (a refusal at connection time, a request that
    /// could not be read, a link outside every language's pages).
    public func everyLanguage(_ values: String...) -> [String] {
        UILanguage.allCases.map { text($0, values) }
    }

    private func text(_ language: UILanguage, _ values: [String]) -> String {
        let t = UIText.table[self]!
        var text: String
        switch language {
        case .en: text = t.0
        case .fr: text = t.1
        case .es: text = t.2
        case .ar: text = t.3
        }
        // Last first, so %1 never eats the start of %10.
        for (index, value) in values.enumerated().reversed() {
            text = text.replacing("%\(index + 1)", with: value)
        }
        return text
    }

    // (en, fr, es, ar)
    private static let table: [UIText: (String, String, String, String)] = [
        .siteTitle: ("Sanad: help for human rights defenders at risk", "Sanad : aide aux défenseur·es des droits humains en danger", "Sanad: ayuda para defensores de derechos humanos en riesgo", "سند: مساعدة المدافعين عن حقوق الإنسان المعرضين للخطر"),
        .tagline: ("Who can help, with safe first steps. Nothing you send is kept.", "Qui peut aider, avec des premiers pas sûrs. Rien de ce que vous envoyez n'est conservé.", "Quién puede ayudar, con primeros pasos seguros. No se guarda nada de lo que envía.", "من يستطيع المساعدة، مع خطوات أولى آمنة. لا نحتفظ بأي شيء ترسله."),
        .emergencyNow: ("In danger now? Emergency help, 24 hours a day:", "En danger maintenant ? Aide d'urgence 24 h/24 :", "¿En peligro ahora? Ayuda de emergencia las 24 horas:", "في خطر الآن؟ مساعدة طارئة على مدار الساعة:"),
        .allEmergency: ("All emergency contacts", "Tous les contacts d'urgence", "Todos los contactos de emergencia", "جميع جهات الاتصال في حالات الطوارئ"),
        .search: ("Search the directory", "Chercher dans l'annuaire", "Buscar en el directorio", "البحث في الدليل"),
        .searchPrompt: ("Type words to search (a name, a country, a need)", "Tapez des mots (un nom, un pays, un besoin)", "Escriba palabras (un nombre, un país, una necesidad)", "اكتب كلمات للبحث (اسم، بلد، حاجة)"),
        .refer: ("Find help for a situation (referral)", "Trouver de l'aide pour une situation (orientation)", "Encontrar ayuda para una situación (derivación)", "البحث عن مساعدة لحالة معينة (إحالة)"),
        .referPrompt: ("Describe the situation in words, e.g. TN journalist surveillance arabic urgent", "Décrivez la situation en mots, ex. TN journaliste surveillance arabe urgent", "Describa la situación en palabras, p. ej. MX periodista amenaza español urgente", "صف الحالة بكلمات، مثلاً: TN صحفي مراقبة عربي عاجل"),
        .browseRegion: ("By region and country", "Par région et pays", "Por región y país", "حسب المنطقة والبلد"),
        .browseService: ("By kind of help", "Par type d'aide", "Por tipo de ayuda", "حسب نوع المساعدة"),
        .browseGroup: ("By who is at risk", "Par personne en danger", "Por quién está en riesgo", "حسب الفئة المعرضة للخطر"),
        .browseKind: ("By kind of organisation", "Par type d'organisation", "Por tipo de organización", "حسب نوع المنظمة"),
        .browseAZ: ("A to Z", "De A à Z", "De la A a la Z", "من الألف إلى الياء"),
        .about: ("About Sanad, privacy, report an error", "À propos, confidentialité, signaler une erreur", "Acerca de Sanad, privacidad, informar de un error", "عن سند، الخصوصية، الإبلاغ عن خطأ"),
        .languages: ("Languages", "Langues", "Idiomas", "اللغات"),
        .regionsTitle: ("Regions", "Régions", "Regiones", "المناطق"),
        .servicesTitle: ("Kinds of help", "Types d'aide", "Tipos de ayuda", "أنواع المساعدة"),
        .groupsTitle: ("Who is at risk", "Personnes en danger", "Quién está en riesgo", "الفئات المعرضة للخطر"),
        .kindsTitle: ("Kinds of organisation", "Types d'organisation", "Tipos de organización", "أنواع المنظمات"),
        .azTitle: ("Organisations from A to Z", "Organisations de A à Z", "Organizaciones de la A a la Z", "المنظمات من الألف إلى الياء"),
        .emergencyTitle: ("Emergency contacts", "Contacts d'urgence", "Contactos de emergencia", "جهات الاتصال في حالات الطوارئ"),
        .countriesIn: ("Countries", "Pays", "Países", "البلدان"),
        .subRegions: ("Sub-regions", "Sous-régions", "Subregiones", "المناطق الفرعية"),
        .workingIn: ("Working in this country or its region", "Actives dans ce pays ou sa région", "Activas en este país o su región", "تعمل في هذا البلد أو منطقته"),
        .worldwide: ("Working worldwide", "Actives dans le monde entier", "Activas en todo el mundo", "تعمل في جميع أنحاء العالم"),
        .noEntries: ("No entry yet.", "Aucune entrée pour l'instant.", "Todavía no hay entradas.", "لا توجد مدخلات بعد."),
        .searchResults: ("Search results", "Résultats de la recherche", "Resultados de la búsqueda", "نتائج البحث"),
        .noResults: ("Nothing in the directory matches these words.", "Rien dans l'annuaire ne correspond à ces mots.", "Nada en el directorio coincide con estas palabras.", "لا شيء في الدليل يطابق هذه الكلمات."),
        .kind: ("Kind", "Type", "Tipo", "النوع"),
        .status: ("Status", "Statut", "Estado", "الحالة"),
        .inactive: ("No longer active", "N'est plus active", "Ya no está activa", "لم تعد نشطة"),
        .website: ("Website", "Site web", "Sitio web", "الموقع الإلكتروني"),
        .onion: ("Onion address (Tor)", "Adresse onion (Tor)", "Dirección onion (Tor)", "عنوان أونيون (تور)"),
        .partOf: ("Part of", "Fait partie de", "Forma parte de", "جزء من"),
        .services: ("Programmes", "Programmes", "Programas", "البرامج"),
        .types: ("Help", "Aide", "Ayuda", "المساعدة"),
        .forWhom: ("For", "Pour", "Para", "لمن"),
        .coverage: ("Where", "Où", "Dónde", "أين"),
        .languagesLabel: ("Languages", "Langues", "Idiomas", "اللغات"),
        .availability: ("Hours", "Horaires", "Horario", "الأوقات"),
        .cost: ("Cost", "Coût", "Coste", "التكلفة"),
        .funding: ("Grants up to", "Subventions jusqu'à", "Subvenciones de hasta", "منح تصل إلى"),
        .safeFirstStep: ("Safe first step", "Premier pas sûr", "Primer paso seguro", "الخطوة الأولى الآمنة"),
        .prepare: ("Have ready", "À préparer", "Tenga preparado", "جهّز"),
        .consent: ("Consent", "Consentement", "Consentimiento", "الموافقة"),
        .limits: ("Limits", "Limites", "Límites", "الحدود"),
        .mustLabel: ("Conditions", "Conditions", "Condiciones", "الشروط"),
        .excludesLabel: ("Not covered", "Non couvert", "No cubre", "لا يشمل"),
        .riskNotes: ("Read before contacting", "À lire avant tout contact", "Lea antes de contactar", "اقرأ قبل الاتصال"),
        .safetyWarning: ("Safety warning", "Avertissement de sécurité", "Advertencia de seguridad", "تحذير أمني"),
        .historicalHeading: ("Older details, not re-checked", "Anciennes coordonnées, non revérifiées", "Datos antiguos, no verificados de nuevo", "تفاصيل قديمة لم يُعَد التحقق منها"),
        .historicalNote: ("From an old source; may be out of date.", "D'une source ancienne ; peut être périmé.", "De una fuente antigua; puede estar desactualizado.", "من مصدر قديم؛ قد يكون غير محدَّث."),
        .sources: ("Sources", "Sources", "Fuentes", "المصادر"),
        .source: ("source", "source", "fuente", "المصدر"),
        .checkedOn: ("checked on the live source", "vérifié sur la source en ligne le", "verificado en la fuente en línea el", "تم التحقق منه في المصدر المباشر في"),
        .sourceDated: ("source dated %1, not re-checked", "source datée de %1, non revérifiée", "fuente con fecha %1, no verificada de nuevo", "مصدر مؤرخ %1، لم يُعَد التحقق منه"),
        .undatedSource: ("undated source, not re-checked", "source non datée, non revérifiée", "fuente sin fecha, no verificada de nuevo", "مصدر غير مؤرخ، لم يُعَد التحقق منه"),
        .nationalOnly: ("free, from inside %1 only", "gratuit, appelable uniquement depuis ce pays : %1", "gratuito, solo desde %1", "مجاني، من داخل %1 فقط"),
        .operatedBy: ("line run by %1", "ligne tenue par %1", "línea a cargo de %1", "خط تديره %1"),
        .statsHeading: ("The directory in numbers", "L'annuaire en chiffres", "El directorio en cifras", "الدليل بالأرقام"),
        .statsRegion: ("%1 entries; %2 with a current sourced contact, %3 with an emergency channel, %4 with a 24-hour channel", "%1 entrées ; %2 avec un contact actuel et sourcé, %3 avec un canal d'urgence, %4 avec un canal 24 h/24", "%1 entradas; %2 con un contacto actual y con fuente, %3 con un canal de emergencia, %4 con un canal de 24 horas", "%1 مدخلات؛ %2 بجهة اتصال حالية موثقة المصدر، %3 بقناة طوارئ، %4 بقناة على مدار الساعة"),
        .statsNoMechanism: ("No regional mechanism", "Pas de mécanisme régional", "Sin mecanismo regional", "لا توجد آلية إقليمية"),
        .statsKinds: ("By kind", "Par type", "Por tipo", "حسب النوع"),
        .unconfirmedHeading: ("Unconfirmed details", "Coordonnées non confirmées", "Datos no confirmados", "تفاصيل غير مؤكدة"),
        .unconfirmedLabel: ("unconfirmed", "non confirmé", "no confirmado", "غير مؤكد"),
        .contacts: ("Contacts", "Contacts", "Contactos", "جهات الاتصال"),
        .emergencyChannel: ("emergency", "urgence", "emergencia", "طوارئ"),
        .urgency: ("Speed", "Rapidité", "Rapidez", "السرعة"),
        .firstResponse: ("first reply within", "première réponse sous", "primera respuesta en", "أول رد خلال"),
        .decision: ("decision within", "décision sous", "decisión en", "قرار خلال"),
        .fundsArrive: ("funds within", "fonds sous", "fondos en", "الأموال خلال"),
        .intakeMode: ("How to apply", "Comment demander", "Cómo solicitar", "طريقة الطلب"),
        .aboutText: ("Sanad is a directory of organisations and mechanisms that protect human rights defenders at risk, with their contacts, each with its source and the date the source shows.", "Sanad est un annuaire des organisations et mécanismes qui protègent les défenseur·es des droits humains en danger, avec leurs contacts, chacun avec sa source et la date que montre la source.", "Sanad es un directorio de organizaciones y mecanismos que protegen a defensores de derechos humanos en riesgo, con sus contactos, cada uno con su fuente y la fecha que muestra la fuente.", "سند دليل للمنظمات والآليات التي تحمي المدافعين عن حقوق الإنسان المعرضين للخطر، مع جهات الاتصال الخاصة بها، ولكل منها مصدره والتاريخ الذي يظهره المصدر."),
        .privacyText: ("Privacy: nothing you send (what you ask, your address) is written to disk or logs. There are no accounts and no tracking.", "Confidentialité : rien de ce que vous envoyez (vos demandes, votre adresse) n'est écrit sur disque ni dans les journaux. Pas de compte, pas de pistage.", "Privacidad: nada de lo que envía (lo que pregunta, su dirección) se escribe en disco ni en registros. No hay cuentas ni rastreo.", "الخصوصية: لا يُكتب أي شيء ترسله (ما تسأل عنه أو عنوانك) على القرص أو في السجلات. لا حسابات ولا تتبع."),
        .reportErrors: ("Report an error in the directory", "Signaler une erreur dans l'annuaire", "Informar de un error en el directorio", "الإبلاغ عن خطأ في الدليل"),
        .reportErrorsDefault: ("Tell the operator of this service; maintainers correct entries in the directory's git repository.", "Prévenez l'opérateur de ce service ; les mainteneurs corrigent les entrées dans le dépôt git de l'annuaire.", "Avise al operador de este servicio; los responsables corrigen las entradas en el repositorio git del directorio.", "أبلغ مشغّل هذه الخدمة؛ يصحّح المشرفون المدخلات في مستودع git الخاص بالدليل."),
        .directoryVersion: ("Directory version", "Version de l'annuaire", "Versión del directorio", "إصدار الدليل"),
        .contactsChecked: ("Contacts found on their live source in the last 12 months", "Contacts retrouvés sur leur source en ligne au cours des 12 derniers mois", "Contactos encontrados en su fuente en línea en los últimos 12 meses", "جهات الاتصال التي وُجدت في مصدرها المباشر خلال الأشهر الاثني عشر الماضية"),
        .entries: ("entries", "entrées", "entradas", "مدخلات"),
        .backToRoot: ("Back to the start", "Retour au début", "Volver al inicio", "العودة إلى البداية"),
        .emergencyIntro: ("Channels that organisations publish for emergencies. Each shows its source.", "Canaux que les organisations publient pour les urgences. Chacun indique sa source.", "Canales que las organizaciones publican para emergencias. Cada uno indica su fuente.", "قنوات تنشرها المنظمات لحالات الطوارئ. يُذكر مصدر كل منها."),
        .notFound: ("This page does not exist.", "Cette page n'existe pas.", "Esta página no existe.", "هذه الصفحة غير موجودة."),
        .home: ("Start", "Accueil", "Inicio", "البداية"),
        .shareWarning: ("The link below contains the answers given. Share it only over a safe channel.", "Le lien ci-dessous contient les réponses données. Ne le partagez que par un canal sûr.", "El enlace de abajo contiene las respuestas dadas. Compártalo solo por un canal seguro.", "يحتوي الرابط أدناه على الإجابات المقدَّمة. لا تشاركه إلا عبر قناة آمنة."),
        .shareLink: ("Link to this referral", "Lien vers cette orientation", "Enlace a esta derivación", "رابط هذه الإحالة"),
        .notRechecked: ("not re-checked since", "non revérifié depuis", "no verificado desde entonces", "لم يُتحقَّق منه منذ ذلك الحين"),
        .undated: ("undated", "non daté", "sin fecha", "غير مؤرخ"),
        .referralTitle: ("Referral", "Orientation", "Derivación", "الإحالة"),
        .securityE2E: ("end-to-end encrypted", "chiffré de bout en bout", "cifrado de extremo a extremo", "مشفّر من طرف إلى طرف"),
        .securityTransport: ("encrypted in transit only", "chiffré en transit seulement", "cifrado solo en tránsito", "مشفّر أثناء النقل فقط"),
        .securityNone: ("not encrypted", "non chiffré", "sin cifrar", "غير مشفّر"),
        .interviewStart: ("Or answer a few questions, one at a time", "Ou répondre à quelques questions, une à la fois", "O responder a unas preguntas, una a una", "أو أجب عن بضعة أسئلة، سؤالاً تلو الآخر"),
        .interviewStep: ("Step %1 of %2", "Étape %1 sur %2", "Paso %1 de %2", "الخطوة %1 من %2"),
        .questionCountry: ("In which country does the defender work?", "Dans quel pays travaille le ou la défenseur·e ?", "¿En qué país trabaja la persona defensora?", "في أي بلد يعمل المدافع أو المدافعة؟"),
        .questionWho: ("Who is at risk?", "Qui est en danger ?", "¿Quién está en riesgo?", "من المعرّض للخطر؟"),
        .questionThreats: ("What is happening?", "Que se passe-t-il ?", "¿Qué está pasando?", "ماذا يحدث؟"),
        .questionNeeds: ("What help is needed? The most important first.", "De quelle aide a-t-on besoin ? La plus importante d'abord.", "¿Qué ayuda se necesita? La más importante primero.", "ما المساعدة المطلوبة؟ الأهم أولاً."),
        .questionLanguages: ("Which languages does the defender read?", "Quelles langues le ou la défenseur·e lit-il ou elle ?", "¿Qué idiomas lee la persona defensora?", "ما اللغات التي يقرأها المدافع أو المدافعة؟"),
        .questionUrgency: ("How soon is help needed?", "Dans quel délai faut-il de l'aide ?", "¿Con qué urgencia se necesita ayuda?", "متى تلزم المساعدة؟"),
        .typeInstead: ("Type words instead (several answers allowed)", "Taper des mots à la place (plusieurs réponses possibles)", "Escribir palabras (se admiten varias respuestas)", "اكتب كلمات بدلاً من ذلك (يمكن أكثر من إجابة)"),
        .skipQuestion: ("Skip this question", "Passer cette question", "Saltar esta pregunta", "تخطَّ هذا السؤال"),
        .skipHint: ("Leave empty or type - to skip.", "Laissez vide ou tapez - pour passer.", "Deje vacío o escriba - para saltar.", "اتركه فارغاً أو اكتب - للتخطي."),
        .typedHint: ("A code (TN) or a name.", "Un code (TN) ou un nom.", "Un código (TN) o un nombre.", "رمز (TN) أو اسم."),
        .notRecognised: ("Not recognised, try other words.", "Non reconnu, essayez d'autres mots.", "No reconocido, pruebe otras palabras.", "لم يتم التعرف على الإجابة، جرّب كلمات أخرى."),
        .answersSoFar: ("Your answers so far", "Vos réponses jusqu'ici", "Sus respuestas hasta ahora", "إجاباتك حتى الآن"),
        .interviewShareNote: ("The address of each step holds the answers: share it only over a safe channel.", "L'adresse de chaque étape contient les réponses : ne la partagez que par un canal sûr.", "La dirección de cada paso contiene las respuestas: compártala solo por un canal seguro.", "عنوان كل خطوة يحتوي على الإجابات: لا تشاركه إلا عبر قناة آمنة."),
        .skipped: ("skipped", "passée", "omitida", "تم التخطي"),
        .urgencyImmediate: ("Now: in danger, or within hours", "Maintenant : en danger, ou dans les heures qui viennent", "Ahora: en peligro, o en pocas horas", "الآن: في خطر، أو خلال ساعات"),
        .urgencyDays: ("Within days", "Dans les jours qui viennent", "En los próximos días", "خلال أيام"),
        .urgencyWeeks: ("Within weeks", "Dans les semaines qui viennent", "En las próximas semanas", "خلال أسابيع"),
        .urgencyPlanning: ("Planning ahead, no deadline", "Pour prévoir, sans échéance", "Para planificar, sin plazo", "للتخطيط المسبق، دون موعد محدد"),
        .answerCountry: ("Country", "Pays", "País", "البلد"),
        .answerWho: ("Who", "Qui", "Quién", "من"),
        .answerThreats: ("What is happening", "Ce qui se passe", "Qué pasa", "ما يحدث"),
        .answerNeeds: ("Help needed", "Aide nécessaire", "Ayuda necesaria", "المساعدة المطلوبة"),
        .answerLanguages: ("Languages", "Langues", "Idiomas", "اللغات"),
        .answerUrgency: ("How soon", "Délai", "Urgencia", "متى"),
        .lineTitle: ("Sanad: help for human rights defenders at risk.", "Sanad : aide aux défenseur·es des droits humains en danger.", "Sanad: ayuda para defensores de derechos humanos en riesgo.", "سند: مساعدة للمدافعين عن حقوق الإنسان المعرضين للخطر."),
        .lineEmergencyLabel: ("24-hour emergency line, %1:", "Ligne d'urgence 24 h/24, %1 :", "Línea de emergencia 24 horas, %1:", "خط الطوارئ على مدار الساعة، %1:"),
        .lineMoreHint: ("-- Enter: more --", "-- Entrée : suite --", "-- Intro: más --", "-- Enter: المزيد --"),
        .lineUnknownHint: ("Type a number, words to search, or help.", "Tapez un numéro, des mots à chercher, ou aide.", "Escriba un número, palabras para buscar o ayuda.", "اكتب رقماً، أو كلمات للبحث، أو مساعدة."),
        .lineInvalidUTF8Hint: ("Some bytes were not UTF-8 and were replaced; please set your terminal to UTF-8.", "Des octets n'étaient pas en UTF-8 et ont été remplacés ; réglez votre terminal en UTF-8.", "Algunos bytes no eran UTF-8 y se reemplazaron; configure su terminal en UTF-8.", "بعض البايتات ليست UTF-8 وتم استبدالها؛ اضبط الطرفية على UTF-8."),
        .lineNotFound: ("Not found.", "Introuvable.", "No encontrado.", "غير موجود."),
        .lineNoSuchItem: ("There is no item %1 here: choose 1 to %2.", "Il n'y a pas d'élément %1 ici : choisissez de 1 à %2.", "No hay elemento %1 aquí: elija de 1 a %2.", "لا يوجد عنصر %1 هنا: اختر من 1 إلى %2."),
        .lineNoItems: ("This page has no numbered items.", "Cette page n'a pas d'éléments numérotés.", "Esta página no tiene elementos numerados.", "لا توجد عناصر مرقمة في هذه الصفحة."),
        .lineNothingMore: ("Nothing more on this page.", "Rien de plus sur cette page.", "No hay nada más en esta página.", "لا مزيد في هذه الصفحة."),
        .lineNothingBack: ("This is the first page.", "C'est la première page.", "Esta es la primera página.", "هذه هي الصفحة الأولى."),
        .lineAskSearchWords: ("Words to search (Enter to cancel):", "Mots à chercher (Entrée pour annuler) :", "Palabras para buscar (Intro para cancelar):", "كلمات البحث (Enter للإلغاء):"),
        .lineCancelled: ("Cancelled.", "Annulé.", "Cancelado.", "أُلغي."),
        .lineWidthHint: ("Width is %3; type width and a number from %1 to %2.", "Largeur : %3 ; tapez largeur et un nombre de %1 à %2.", "Ancho: %3; escriba ancho y un número de %1 a %2.", "العرض %3؛ اكتب عرض ورقماً من %1 إلى %2."),
        .lineLangHint: ("Languages: lang en, lang fr, lang es, lang ar.", "Langues : lang en, lang fr, lang es, lang ar.", "Idiomas: lang en, lang fr, lang es, lang ar.", "اللغات: lang en، lang fr، lang es، lang ar."),
        .lineHelp: ("A number opens that item. Any other words search the directory.\nsearch WORDS   refer   back   home   more (or Enter)\nlang en|fr|es|ar   width N   help   quit", "Un numéro ouvre l'élément. D'autres mots cherchent dans l'annuaire.\nchercher MOTS   orienter   retour   accueil   suite (ou Entrée)\nlang en|fr|es|ar   largeur N   aide   quitter", "Un número abre ese elemento. Otras palabras buscan en el directorio.\nbuscar PALABRAS   derivar   volver   inicio   más (o Intro)\nlang en|fr|es|ar   ancho N   ayuda   salir", "الرقم يفتح العنصر. أي كلمات أخرى تبحث في الدليل.\nبحث كلمات   إحالة   رجوع   الرئيسية   المزيد (أو Enter)\nلغة en|fr|es|ar أو اسم اللغة   عرض N   مساعدة   خروج"),
        .lineGoodbye: ("Goodbye. Stay safe.", "Au revoir. Prenez soin de vous.", "Adiós. Cuídese.", "مع السلامة. ابقَ آمناً."),
        .lineIdleWarning: ("No input for a while: this connection closes in one minute.", "Aucune saisie depuis un moment : la connexion se ferme dans une minute.", "Sin actividad desde hace un rato: la conexión se cierra en un minuto.", "لا إدخال منذ مدة: سيُغلق الاتصال خلال دقيقة."),
        .lineIdleClosed: ("Closed after a long time without input.", "Fermée après une longue période sans saisie.", "Cerrada tras mucho tiempo sin actividad.", "أُغلق الاتصال بعد مدة طويلة بلا إدخال."),
        .lineSessionEnded: ("Closed: the session reached its time limit. You can connect again.", "Fermée : la session a atteint sa durée maximale. Vous pouvez vous reconnecter.", "Cerrada: la sesión alcanzó su tiempo máximo. Puede volver a conectarse.", "أُغلق: بلغت الجلسة حدها الزمني. يمكنك الاتصال مجدداً."),
        .lineBusy: ("Too many connections from your address; please close one and try again.", "Trop de connexions depuis votre adresse ; fermez-en une et réessayez.", "Demasiadas conexiones desde su dirección; cierre una y vuelva a intentarlo.", "اتصالات كثيرة جداً من عنوانك؛ أغلق أحدها وحاول مجدداً."),
        .lineFlooded: ("Line too long or unreadable: closing.", "Ligne trop longue ou illisible : fermeture.", "Línea demasiado larga o ilegible: cerrando.", "سطر طويل جداً أو غير مقروء: إغلاق."),
        .lineRestarting: ("The server is restarting; please connect again in a minute.", "Le serveur redémarre ; reconnectez-vous dans une minute.", "El servidor se está reiniciando; vuelva a conectarse en un minuto.", "يُعاد تشغيل الخادم؛ يُرجى الاتصال مجدداً بعد دقيقة."),
        .lineTooManyLines: ("Too many commands at once: closing.", "Trop de commandes à la fois : fermeture.", "Demasiadas órdenes a la vez: cerrando.", "أوامر كثيرة جداً دفعة واحدة: إغلاق."),
        // lang (issue 21)
        .inEnglish: ("(in English)", "(en anglais)", "(en inglés)", "(بالإنجليزية)"),
        .inFrench: ("(in French)", "(en français)", "(en francés)", "(بالفرنسية)"),
        .inSpanish: ("(in Spanish)", "(en espagnol)", "(en español)", "(بالإسبانية)"),
        .inArabic: ("(in Arabic)", "(en arabe)", "(en árabe)", "(بالعربية)"),
        .inOtherLanguage: ("(in the language code %1)", "(dans la langue de code %1)", "(en el idioma de código %1)", "(باللغة ذات الرمز %1)"),
        .hoursAroundTheClock: ("24 hours a day, 7 days a week", "24 h/24, 7 j/7", "24 horas al día, 7 días a la semana", "على مدار الساعة طوال أيام الأسبوع"),
        .hoursAroundTheClockAllYear: ("24 hours a day, every day of the year", "24 h/24, tous les jours de l'année", "24 horas al día, todos los días del año", "على مدار الساعة، كل أيام السنة"),
        .hoursEveryDay: ("every day", "tous les jours", "todos los días", "كل يوم"),
        .hoursAnyDayOfYear: ("any day of the year", "n'importe quel jour de l'année", "cualquier día del año", "أي يوم من أيام السنة"),
        .answersIn: ("answers in %1", "répond en %1", "atiende en %1", "يجيب باللغات: %1"),
        .runBy: ("run by %1", "tenue par %1", "a cargo de %1", "تديره %1"),
        .emergencyIn: ("Emergency help for %1", "Aide d'urgence pour ce pays : %1", "Ayuda de emergencia para %1", "مساعدة طارئة في %1"),
        .emergencyOwnCountry: ("In the country", "Dans le pays", "En el país", "في البلد نفسه"),
        .emergencyRegion: ("For the region", "Pour la région", "Para la región", "للمنطقة"),
        .emergencyWorldwide: ("Worldwide", "Dans le monde entier", "En todo el mundo", "في جميع أنحاء العالم"),
        .emergencyNoneNear: ("No emergency channel in the directory covers this country; the worldwide lines above answer anyone.", "Aucun canal d'urgence de l'annuaire ne couvre ce pays ; les lignes mondiales ci-dessus répondent à tous.", "Ningún canal de emergencia del directorio cubre este país; las líneas mundiales de arriba atienden a cualquiera.", "لا تغطي أي قناة طوارئ في الدليل هذا البلد؛ والخطوط العالمية أعلاه تجيب الجميع."),
        .emergencyByRegion: ("Emergency channels by region", "Canaux d'urgence par région", "Canales de emergencia por región", "قنوات الطوارئ حسب المنطقة"),
        .emergencyCountryLink: ("Emergency help for one country: choose the country", "Aide d'urgence pour un pays : choisissez le pays", "Ayuda de emergencia para un país: elija el país", "مساعدة طارئة لبلد معيّن: اختر البلد"),
        .lineLanguages: ("Languages: %1", "Langues : %1", "Idiomas: %1", "اللغات: %1"),
        .lineShareSelector: ("Selector (paste it here or in a Gopher client):", "Sélecteur (à coller ici ou dans un client Gopher) :", "Selector (péguelo aquí o en un cliente Gopher):", "المحدِّد (الصقه هنا أو في عميل Gopher):"),
        .lineShareURL: ("Addresses:", "Adresses :", "Direcciones:", "العناوين:"),
        .lineOpenedLink: ("Opened from the pasted link.", "Ouvert depuis le lien collé.", "Abierto desde el enlace pegado.", "فُتح من الرابط الملصق."),
        .geminiSearchPrompt: ("Words to search, e.g. %1", "Mots à chercher, ex. %1", "Palabras para buscar, p. ej. %1", "كلمات للبحث، مثلاً: %1"),
        .azLatin: ("Names in Latin letters", "Noms en lettres latines", "Nombres en letras latinas", "أسماء بالحروف اللاتينية"),
        .geminiReferPrompt: ("The situation in words, e.g. %1", "La situation en mots, ex. %1", "La situación en palabras, p. ej. %1", "الحالة بكلمات، مثلاً: %1"),
        // The JSON API and the HSDS API (area: api).
        .apiTitleBadRequest: ("Bad request", "Requête incorrecte", "Solicitud incorrecta", "طلب غير صالح"),
        .apiTitleNotFound: ("Not found", "Introuvable", "No encontrado", "غير موجود"),
        .apiTitleMethod: ("Method not allowed", "Méthode non autorisée", "Método no permitido", "الطريقة غير مسموح بها"),
        .apiTitleMediaType: ("Unsupported media type", "Type de contenu non pris en charge", "Tipo de contenido no admitido", "نوع المحتوى غير مدعوم"),
        .apiNotFound: ("There is nothing at this address of the API.", "Il n'y a rien à cette adresse de l'API.", "No hay nada en esta dirección de la API.", "لا يوجد شيء في هذا العنوان من واجهة البرمجة."),
        .apiMethodNotAllowed: ("This address accepts only %1.", "Cette adresse n'accepte que %1.", "Esta dirección solo acepta %1.", "هذا العنوان لا يقبل إلا %1."),
        .apiUnsupportedMediaType: ("Send the body as JSON, with the header Content-Type: application/json.", "Envoyez le corps en JSON, avec l'en-tête Content-Type: application/json.", "Envíe el cuerpo en JSON, con la cabecera Content-Type: application/json.", "أرسل المحتوى بصيغة JSON مع الترويسة Content-Type: application/json."),
        .apiBadJSON: ("The body is not one valid JSON object.", "Le corps n'est pas un objet JSON valide.", "El cuerpo no es un objeto JSON válido.", "المحتوى ليس كائن JSON صالحاً."),
        .apiUnknownField: ("The field \"%1\" is not one this address accepts; the fields are: %2.", "Le champ « %1 » n'est pas accepté à cette adresse ; les champs sont : %2.", "El campo «%1» no se admite en esta dirección; los campos son: %2.", "الحقل \"%1\" غير مقبول في هذا العنوان؛ الحقول المقبولة هي: %2."),
        .apiWrongType: ("The field \"%1\" must be %2.", "Le champ « %1 » doit être %2.", "El campo «%1» debe ser %2.", "يجب أن يكون الحقل \"%1\" %2."),
        .apiUnknownCode: ("The field \"%1\" holds a value that is not one of its codes (the directory's vocabularies and ISO 3166-1 country codes list them).", "Le champ « %1 » contient une valeur qui n'est pas l'un de ses codes (les vocabulaires de l'annuaire et les codes pays ISO 3166-1 les listent).", "El campo «%1» contiene un valor que no es uno de sus códigos (los vocabularios del directorio y los códigos de país ISO 3166-1 los enumeran).", "يحتوي الحقل \"%1\" على قيمة ليست من رموزه (ترد الرموز في مفردات الدليل وفي رموز البلدان وفق ISO 3166-1)."),
        .apiMissingWords: ("Give the words to search for in the field \"%1\".", "Indiquez les mots à chercher dans le champ « %1 ».", "Indique las palabras que buscar en el campo «%1».", "اكتب كلمات البحث في الحقل \"%1\"."),
        .apiTooLong: ("The field \"%1\" is too long: at most %2 characters.", "Le champ « %1 » est trop long : %2 caractères au plus.", "El campo «%1» es demasiado largo: %2 caracteres como máximo.", "الحقل \"%1\" طويل جداً: %2 حرفاً على الأكثر."),
        .apiTypeString: ("a string", "une chaîne de caractères", "una cadena de texto", "سلسلة نصية"),
        .apiTypeStringOrNull: ("a string or null", "une chaîne de caractères ou null", "una cadena de texto o null", "سلسلة نصية أو null"),
        .apiTypeList: ("a list of strings", "une liste de chaînes de caractères", "una lista de cadenas de texto", "قائمة من السلاسل النصية"),
        .apiTypeBoolean: ("true or false", "true ou false", "true o false", "true أو false"),
        .apiTypeDate: ("a date written YYYY-MM-DD", "une date écrite AAAA-MM-JJ", "una fecha escrita AAAA-MM-DD", "تاريخاً مكتوباً بالصيغة YYYY-MM-DD"),
        .apiTypeLanguage: ("one of en, fr, es, ar", "l'un de en, fr, es, ar", "uno de en, fr, es, ar", "واحداً من en أو fr أو es أو ar"),
        .apiTypeCount: ("a whole number from %1 to %2", "un nombre entier de %1 à %2", "un número entero de %1 a %2", "عدداً صحيحاً من %1 إلى %2"),
        .apiTypeChoice: ("one of %1, or null", "l'un de %1, ou null", "uno de %1, o null", "واحداً من %1، أو null"),
        .apiTypeDateTime: ("a date or date and time written YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ", "une date ou une date et une heure écrites AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ", "una fecha o una fecha y hora escritas AAAA-MM-DD o AAAA-MM-DDThh:mm:ssZ", "تاريخاً أو تاريخاً ووقتاً بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ssZ"),
        // The web front (issue 22).
        .webLeave: ("Leave this site", "Quitter ce site", "Salir de este sitio", "مغادرة هذا الموقع"),
        .webSafetyLink: ("Using this site safely", "Utiliser ce site en sécurité", "Usar este sitio con seguridad", "استخدام هذا الموقع بأمان"),
        .webSafetyTitle: ("Using this site safely", "Utiliser ce site en sécurité", "Usar este sitio con seguridad", "استخدام هذا الموقع بأمان"),
        .webSafety1: ("“Leave this site” clears what your browser kept for this site and opens a neutral site, but it does not clear your history: clear it in your browser's settings, or use a private window.", "« Quitter ce site » efface ce que le navigateur a gardé de ce site et ouvre un site neutre, mais n'efface pas l'historique : effacez-le dans les réglages du navigateur, ou utilisez une fenêtre de navigation privée.", "«Salir de este sitio» borra lo que el navegador guardó de este sitio y abre un sitio neutral, pero no borra el historial: bórrelo en la configuración del navegador, o use una ventana privada.", "يمسح «مغادرة هذا الموقع» ما احتفظ به المتصفح لهذا الموقع وينقلك إلى موقع محايد، لكنه لا يمسح سجل التصفح: امسحه من إعدادات المتصفح، أو استخدم نافذة تصفح خاصة."),
        .webSafety2: ("On a shared device, or one someone else may check, use a private window and close it when you are done.", "Sur un appareil partagé, ou qu'une autre personne peut examiner, utilisez une fenêtre privée et fermez-la à la fin.", "En un dispositivo compartido, o que otra persona pueda revisar, use una ventana privada y ciérrela al terminar.", "على جهاز مشترك، أو جهاز قد يفحصه شخص آخر، استخدم نافذة تصفح خاصة وأغلقها عند الانتهاء."),
        .webSafety3: ("Some browsers, such as Opera Mini in data-saving mode, send pages through their own servers, which see what you read and type. Prefer a browser that connects directly, or Tor Browser.", "Certains navigateurs, comme Opera Mini en mode économie de données, font passer les pages par leurs serveurs, qui voient ce que vous lisez et tapez. Préférez un navigateur qui se connecte directement, ou Tor Browser.", "Algunos navegadores, como Opera Mini en modo de ahorro de datos, pasan las páginas por sus servidores, que ven lo que usted lee y escribe. Prefiera un navegador que se conecte directamente, o Tor Browser.", "بعض المتصفحات، مثل Opera Mini في وضع توفير البيانات، تمرّر الصفحات عبر خوادمها، فترى ما تقرؤه وما تكتبه. استخدم متصفحاً يتصل مباشرة، أو متصفح Tor."),
        .webSafety4: ("This site uses no cookies and no JavaScript, and keeps nothing you send.", "Ce site n'utilise ni cookies ni JavaScript et ne garde rien de ce que vous envoyez.", "Este sitio no usa cookies ni JavaScript y no guarda nada de lo que usted envía.", "لا يستخدم هذا الموقع ملفات تعريف الارتباط ولا JavaScript، ولا يحتفظ بأي شيء ترسله."),
        .webNotSure: ("Not sure", "Je ne sais pas", "No lo sé", "لست متأكداً"),
        .webFormHeading: ("Or answer these questions (all optional)", "Ou répondez à ces questions (toutes facultatives)", "O responda estas preguntas (todas opcionales)", "أو أجب عن هذه الأسئلة (كلها اختيارية)"),
        .webFormSubmit: ("Show who can help", "Voir qui peut aider", "Ver quién puede ayudar", "عرض من يستطيع المساعدة"),
        .webSearchButton: ("Search", "Chercher", "Buscar", "بحث"),
        .webSend: ("Send", "Envoyer", "Enviar", "إرسال"),
        .webPlainText: ("Plain text version (to paste into a case file)", "Version texte (à coller dans un dossier)", "Versión en texto (para pegar en un expediente)", "نسخة نصية (للصقها في ملف الحالة)"),
        .webPrintHint: ("To print, use your browser's print command: menus and forms are left out.", "Pour imprimer, utilisez la commande d'impression du navigateur : menus et formulaires sont omis.", "Para imprimir, use la orden de impresión del navegador: se omiten menús y formularios.", "للطباعة، استخدم أمر الطباعة في المتصفح: تُحذف القوائم والنماذج."),
        .webShareRequest: ("Make a share link (it carries the answers)", "Créer un lien de partage (il contient les réponses)", "Crear un enlace para compartir (contiene las respuestas)", "إنشاء رابط للمشاركة (يحتوي على الإجابات)"),
        .webBadRequest: ("This request could not be read.", "Cette requête n'a pas pu être lue.", "No se pudo leer esta solicitud.", "تعذّرت قراءة هذا الطلب."),
        .webTooLarge: ("Too much was sent: shorten it and try again.", "Trop de données envoyées : raccourcissez et réessayez.", "Se envió demasiado: acórtelo y vuelva a intentarlo.", "البيانات المرسلة كثيرة جداً: اختصرها وحاول مجدداً."),
        .webTimeout: ("The request took too long: please try again.", "La requête a pris trop de temps : réessayez.", "La solicitud tardó demasiado: vuelva a intentarlo.", "استغرق الطلب وقتاً طويلاً: حاول مجدداً."),
        .webMethod: ("This address does not accept that kind of request.", "Cette adresse n'accepte pas ce type de requête.", "Esta dirección no acepta ese tipo de solicitud.", "هذا العنوان لا يقبل هذا النوع من الطلبات."),
        .gopherLeaving: ("This link leads outside Gopher:", "Ce lien mène hors de Gopher :", "Este enlace lleva fuera de Gopher:", "هذا الرابط يقود إلى خارج غوفر:"),
        .gopherLinkRefused: ("This link cannot be followed.", "Ce lien ne peut pas être suivi.", "Este enlace no se puede seguir.", "لا يمكن فتح هذا الرابط."),
        .gopherLinkUnlisted: ("This server only opens addresses its directory lists; this one is not among them.", "Ce serveur n'ouvre que les adresses de son annuaire ; celle-ci n'en fait pas partie.", "Este servidor solo abre las direcciones de su directorio; esta no está entre ellas.", "لا يفتح هذا الخادم إلا العناوين المدرجة في دليله، وهذا العنوان ليس منها."),
        .gopherPlaintext: ("This server speaks Gopher over TLS only: use %1", "Ce serveur ne parle Gopher que sur TLS : utilisez %1", "Este servidor solo habla Gopher sobre TLS: use %1", "لا يتحدث هذا الخادم بروتوكول غوفر إلا عبر TLS: استخدم %1"),
        .linePlaintext: ("This port speaks TLS. Connect with one of: %1", "Ce port parle TLS. Connectez-vous avec l'une de ces commandes : %1", "Este puerto habla TLS. Conéctese con uno de estos comandos: %1", "هذا المنفذ يتحدث TLS. اتصل بأحد هذه الأوامر: %1"),
        .requestTooLong: ("Request too long.", "Requête trop longue.", "Solicitud demasiado larga.", "الطلب طويل جداً."),
        .requestControlCharacter: ("Request contains a control character.", "La requête contient un caractère de contrôle.", "La solicitud contiene un carácter de control.", "يحتوي الطلب على محرف تحكّم."),
        .requestInvalidUTF8: ("Request is not valid UTF-8.", "La requête n'est pas en UTF-8 valide.", "La solicitud no es UTF-8 válido.", "الطلب ليس بترميز UTF-8 صالح."),
        .requestParentDirectory: ("Selectors are not file paths: '..' is not allowed.", "Les sélecteurs ne sont pas des chemins de fichiers : « .. » est interdit.", "Los selectores no son rutas de archivo: no se admite '..'.", "المحددات ليست مسارات ملفات: لا يُسمح بـ '..'."),
        .requestIncomplete: ("Incomplete request.", "Requête incomplète.", "Solicitud incompleta.", "طلب غير مكتمل."),
        .searchPartial: ("No organisation matches all the words. Best partial matches:", "Aucune organisation ne correspond à tous les mots. Meilleures correspondances partielles :", "Ninguna organización coincide con todas las palabras. Mejores coincidencias parciales:", "لا توجد منظمة تطابق كل الكلمات. أفضل النتائج المطابقة جزئياً:"),
    ]
}
