import DirectoryModel
import Foundation

/// The interview's own words in every UI language (directory content brings its own labels).
public enum InterviewText: String, Sendable, CaseIterable {
    case startLabel, step, country, who, threats, needs, languages, urgency
    case typeInstead, skip, skipHint, typedHint, notRecognised, answersSoFar, shareNote, skipped
    case immediate, days, weeks, planning, countryLabel, whoLabel, threatsLabel, needsLabel, languagesLabel, urgencyLabel

    /// The text in `language`.
    public func callAsFunction(_ language: UILanguage) -> String {
        let t = InterviewText.table[self]!
        switch language {
        case .en: return t.0
        case .fr: return t.1
        case .es: return t.2
        case .ar: return t.3
        }
    }

    /// The question of `step`.
    static func question(_ step: InterviewStep) -> InterviewText {
        switch step {
        case .country: return .country
        case .who: return .who
        case .threats: return .threats
        case .needs: return .needs
        case .languages: return .languages
        case .urgency: return .urgency
        }
    }

    /// The short label of `step` in the summary of answers.
    static func label(_ step: InterviewStep) -> InterviewText {
        switch step {
        case .country: return .countryLabel
        case .who: return .whoLabel
        case .threats: return .threatsLabel
        case .needs: return .needsLabel
        case .languages: return .languagesLabel
        case .urgency: return .urgencyLabel
        }
    }

    /// "Step 2 of 6" in `language`.
    static func stepOf(_ step: InterviewStep, _ language: UILanguage) -> String {
        InterviewText.step(language)
            .replacingOccurrences(of: "{n}", with: String(step.rawValue + 1))
            .replacingOccurrences(of: "{total}", with: String(InterviewStep.allCases.count))
    }

    // (en, fr, es, ar)
    private static let table: [InterviewText: (String, String, String, String)] = [
        .startLabel: ("Or answer a few questions, one at a time", "Ou répondre à quelques questions, une à la fois", "O responder a unas preguntas, una a una", "أو أجب عن بضعة أسئلة، سؤالاً تلو الآخر"),
        .step: ("Step {n} of {total}", "Étape {n} sur {total}", "Paso {n} de {total}", "الخطوة {n} من {total}"),
        .country: ("In which country does the defender work?", "Dans quel pays travaille le ou la défenseur·e ?", "¿En qué país trabaja la persona defensora?", "في أي بلد يعمل المدافع أو المدافعة؟"),
        .who: ("Who is at risk?", "Qui est en danger ?", "¿Quién está en riesgo?", "من المعرّض للخطر؟"),
        .threats: ("What is happening?", "Que se passe-t-il ?", "¿Qué está pasando?", "ماذا يحدث؟"),
        .needs: ("What help is needed? The most important first.", "De quelle aide a-t-on besoin ? La plus importante d'abord.", "¿Qué ayuda se necesita? La más importante primero.", "ما المساعدة المطلوبة؟ الأهم أولاً."),
        .languages: ("Which languages does the defender read?", "Quelles langues le ou la défenseur·e lit-il ou elle ?", "¿Qué idiomas lee la persona defensora?", "ما اللغات التي يقرأها المدافع أو المدافعة؟"),
        .urgency: ("How soon is help needed?", "Dans quel délai faut-il de l'aide ?", "¿Con qué urgencia se necesita ayuda?", "متى تلزم المساعدة؟"),
        .typeInstead: ("Type words instead (several answers allowed)", "Taper des mots à la place (plusieurs réponses possibles)", "Escribir palabras (se admiten varias respuestas)", "اكتب كلمات بدلاً من ذلك (يمكن أكثر من إجابة)"),
        .skip: ("Skip this question", "Passer cette question", "Saltar esta pregunta", "تخطَّ هذا السؤال"),
        .skipHint: ("Leave empty or type - to skip.", "Laissez vide ou tapez - pour passer.", "Deje vacío o escriba - para saltar.", "اتركه فارغاً أو اكتب - للتخطي."),
        .typedHint: ("A code (TN) or a name.", "Un code (TN) ou un nom.", "Un código (TN) o un nombre.", "رمز (TN) أو اسم."),
        .notRecognised: ("Not recognised, try other words.", "Non reconnu, essayez d'autres mots.", "No reconocido, pruebe otras palabras.", "لم يتم التعرف على الإجابة، جرّب كلمات أخرى."),
        .answersSoFar: ("Your answers so far", "Vos réponses jusqu'ici", "Sus respuestas hasta ahora", "إجاباتك حتى الآن"),
        .shareNote: ("The address of each step holds the answers: share it only over a safe channel.", "L'adresse de chaque étape contient les réponses : ne la partagez que par un canal sûr.", "La dirección de cada paso contiene las respuestas: compártala solo por un canal seguro.", "عنوان كل خطوة يحتوي على الإجابات: لا تشاركه إلا عبر قناة آمنة."),
        .skipped: ("skipped", "passée", "omitida", "تم التخطي"),
        .immediate: ("Now: in danger, or within hours", "Maintenant : en danger, ou dans les heures qui viennent", "Ahora: en peligro, o en pocas horas", "الآن: في خطر، أو خلال ساعات"),
        .days: ("Within days", "Dans les jours qui viennent", "En los próximos días", "خلال أيام"),
        .weeks: ("Within weeks", "Dans les semaines qui viennent", "En las próximas semanas", "خلال أسابيع"),
        .planning: ("Planning ahead, no deadline", "Pour prévoir, sans échéance", "Para planificar, sin plazo", "للتخطيط المسبق، دون موعد محدد"),
        .countryLabel: ("Country", "Pays", "País", "البلد"),
        .whoLabel: ("Who", "Qui", "Quién", "من"),
        .threatsLabel: ("What is happening", "Ce qui se passe", "Qué pasa", "ما يحدث"),
        .needsLabel: ("Help needed", "Aide nécessaire", "Ayuda necesaria", "المساعدة المطلوبة"),
        .languagesLabel: ("Languages", "Langues", "Idiomas", "اللغات"),
        .urgencyLabel: ("How soon", "Délai", "Urgencia", "متى"),
    ]
}
