import DirectoryModel

/// The referral interview's words in one UI language (vocabulary labels come from the directory).
struct InterviewStrings: Sendable {
    /// `%1` the step, `%2` the number of steps.
    var step: String
    /// One question per ``LineInterview/Step``, in order.
    var questions: [String]
    var choicesHint: String
    var typedHint: String
    /// `%1` the highest number.
    var chooseHint: String
    /// One label per ``LineInterview/urgencyCodes`` entry, in order.
    var urgencyLabels: [String]
    var cancelled: String

    func stepOf(_ number: Int, _ total: Int) -> String { step.filled(String(number), String(total)) }
    func choose(_ count: Int) -> String { chooseHint.filled(String(count)) }

    static func forLanguage(_ language: UILanguage) -> InterviewStrings {
        switch language {
        case .en: return .english
        case .fr: return .french
        case .es: return .spanish
        case .ar: return .arabic
        }
    }

    static let english = InterviewStrings(
        step: "Referral, question %1 of %2",
        questions: [
            "In which country does the defender work?",
            "Who is at risk?",
            "What is happening?",
            "What help is needed? The most important first.",
            "Which languages does the defender read?",
            "How soon is help needed?",
        ],
        choicesHint: "Numbers (1 3), or words, or Enter to skip. back: previous question.",
        typedHint: "A code (TN) or a name, or Enter to skip.",
        chooseHint: "Choose numbers from 1 to %1, or type words, or Enter to skip.",
        urgencyLabels: ["Now: in danger, or within hours", "Within days", "Within weeks", "Planning ahead, no deadline"],
        cancelled: "Referral cancelled."
    )

    static let french = InterviewStrings(
        step: "Orientation, question %1 sur %2",
        questions: [
            "Dans quel pays travaille le ou la défenseur·e ?",
            "Qui est en danger ?",
            "Que se passe-t-il ?",
            "De quelle aide a-t-on besoin ? La plus importante d'abord.",
            "Quelles langues le ou la défenseur·e lit-il ou elle ?",
            "Dans quel délai faut-il de l'aide ?",
        ],
        choicesHint: "Des numéros (1 3), ou des mots, ou Entrée pour passer. retour : question précédente.",
        typedHint: "Un code (TN) ou un nom, ou Entrée pour passer.",
        chooseHint: "Choisissez des numéros de 1 à %1, ou tapez des mots, ou Entrée pour passer.",
        urgencyLabels: ["Maintenant : en danger, ou dans les heures qui viennent", "Dans les jours qui viennent", "Dans les semaines qui viennent", "Pour prévoir, sans échéance"],
        cancelled: "Orientation annulée."
    )

    static let spanish = InterviewStrings(
        step: "Derivación, pregunta %1 de %2",
        questions: [
            "¿En qué país trabaja la persona defensora?",
            "¿Quién está en riesgo?",
            "¿Qué está pasando?",
            "¿Qué ayuda se necesita? La más importante primero.",
            "¿Qué idiomas lee la persona defensora?",
            "¿Con qué urgencia se necesita ayuda?",
        ],
        choicesHint: "Números (1 3), o palabras, o Intro para saltar. volver: pregunta anterior.",
        typedHint: "Un código (TN) o un nombre, o Intro para saltar.",
        chooseHint: "Elija números del 1 al %1, o escriba palabras, o Intro para saltar.",
        urgencyLabels: ["Ahora: en peligro, o en pocas horas", "En los próximos días", "En las próximas semanas", "Para planificar, sin plazo"],
        cancelled: "Derivación cancelada."
    )

    static let arabic = InterviewStrings(
        step: "الإحالة، السؤال %1 من %2",
        questions: [
            "في أي بلد يعمل المدافع أو المدافعة؟",
            "من المعرّض للخطر؟",
            "ماذا يحدث؟",
            "ما المساعدة المطلوبة؟ الأهم أولاً.",
            "ما اللغات التي يقرأها المدافع أو المدافعة؟",
            "متى تلزم المساعدة؟",
        ],
        choicesHint: "أرقام (1 3)، أو كلمات، أو Enter للتخطي. رجوع: السؤال السابق.",
        typedHint: "رمز (TN) أو اسم، أو Enter للتخطي.",
        chooseHint: "اختر أرقاماً من 1 إلى %1، أو اكتب كلمات، أو Enter للتخطي.",
        urgencyLabels: ["الآن: في خطر، أو خلال ساعات", "خلال أيام", "خلال أسابيع", "للتخطيط المسبق، دون موعد محدد"],
        cancelled: "أُلغيت الإحالة."
    )
}
