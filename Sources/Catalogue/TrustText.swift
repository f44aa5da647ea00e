import DirectoryModel

/// The catalogue's words about releases, stale data and the pocket directory, in every UI
/// language. Kept beside ``UIText`` (same shape) so the release and bundle work adds words
/// without touching its table.
public enum TrustText: String, Sendable, CaseIterable {
    case release, pocketTitle, pocketIntro, pocketVerifyHeading, pocketVerify, pocketVerifyResult, pocketContents
    // The rendered pocket page and the signed copy beside it (ops, issue 25).
    case pocketServedSigned, pocketServedUnsigned

    /// The text in `language`.
    public func callAsFunction(_ language: UILanguage) -> String {
        let t = TrustText.table[self]!
        switch language {
        case .en: return t.0
        case .fr: return t.1
        case .es: return t.2
        case .ar: return t.3
        }
    }

    /// "The data may be stale: …", with the release's date and the limit in days.
    public static func stale(_ language: UILanguage, date: CalendarDate, days: Int) -> String {
        switch language {
        case .en: return "The data may be stale: the last release this server verified is dated \(date), more than \(days) days ago. Contacts may have changed since; confirm a number with the organisation when you can."
        case .fr: return "Les données sont peut-être périmées : la dernière version vérifiée par ce serveur date du \(date), il y a plus de \(days) jours. Des contacts ont pu changer ; confirmez un numéro auprès de l'organisation quand vous le pouvez."
        case .es: return "Los datos pueden estar desactualizados: la última versión que este servidor verificó es del \(date), hace más de \(days) días. Los contactos pueden haber cambiado; confirme un número con la organización cuando pueda."
        case .ar: return "قد تكون البيانات قديمة: آخر إصدار تحقّق منه هذا الخادم مؤرَّخ في \(date)، منذ أكثر من \(days) يومًا. ربما تغيّرت جهات الاتصال منذ ذلك الحين؛ تأكّد من الرقم لدى المنظمة عندما تستطيع."
        }
    }

    // (en, fr, es, ar)
    private static let table: [TrustText: (String, String, String, String)] = [
        .release: ("Release", "Version publiée", "Versión publicada", "الإصدار"),
        .pocketTitle: ("Sanad pocket directory", "Annuaire de poche Sanad", "Directorio de bolsillo Sanad", "دليل سند للجيب"),
        .pocketIntro: (
            "Every organisation and contact of the directory in one file, for when the network is cut. Each contact shows its source (a number in the list at the end) and its date. This copy does not update itself: look at its date and prefer a newer one.",
            "Toutes les organisations et tous les contacts de l'annuaire dans un seul fichier, pour quand le réseau est coupé. Chaque contact indique sa source (un numéro de la liste en fin de fichier) et sa date. Cette copie ne se met pas à jour : regardez sa date et préférez une copie plus récente.",
            "Todas las organizaciones y contactos del directorio en un solo archivo, para cuando se corta la red. Cada contacto indica su fuente (un número de la lista al final) y su fecha. Esta copia no se actualiza sola: mire su fecha y prefiera una más reciente.",
            "جميع المنظمات وجهات الاتصال في الدليل في ملف واحد، لحين انقطاع الشبكة. لكل جهة اتصال مصدرها (رقم في القائمة الواردة في آخر الملف) وتاريخها. هذه النسخة لا تتحدّث من تلقاء نفسها: انظر إلى تاريخها وفضّل نسخة أحدث."
        ),
        .pocketVerifyHeading: ("Is this file genuine?", "Ce fichier est-il authentique ?", "¿Es auténtico este archivo?", "هل هذا الملف أصلي؟"),
        .pocketVerify: (
            "Check it before you trust a number in it. A Sanad maintainer signed it; the signature is the file with the same name ending in .sig. Get the maintainers' public keys (the allowed_signers file) from a channel you already trust, not from whoever sent you this file. Then run the first command to see who signed, and the second with that name:",
            "Vérifiez-le avant de vous fier à un numéro qu'il contient. Un mainteneur de Sanad l'a signé ; la signature est le fichier du même nom terminé par .sig. Obtenez les clés publiques des mainteneurs (le fichier allowed_signers) par un canal de confiance, pas auprès de la personne qui vous a envoyé ce fichier. Lancez ensuite la première commande pour voir qui a signé, puis la seconde avec ce nom :",
            "Compruébelo antes de fiarse de un número que contenga. Lo firmó un responsable de Sanad; la firma es el archivo del mismo nombre terminado en .sig. Obtenga las claves públicas de los responsables (el archivo allowed_signers) por un canal de confianza, no de quien le envió este archivo. Luego ejecute la primera orden para ver quién firmó y la segunda con ese nombre:",
            "تحقّق منه قبل أن تثق بأي رقم فيه. وقّعه أحد مشرفي سند؛ التوقيع هو الملف الذي يحمل الاسم نفسه وينتهي بـ ‎.sig. احصل على المفاتيح العامة للمشرفين (ملف allowed_signers) عبر قناة تثق بها أصلًا، لا من الشخص الذي أرسل إليك هذا الملف. ثم شغّل الأمر الأول لترى من وقّع، والثاني بذلك الاسم:"
        ),
        .pocketVerifyResult: (
            "A good signature names the maintainer who signed. Any other answer means: do not trust this copy.",
            "Une bonne signature nomme le mainteneur qui a signé. Toute autre réponse signifie : ne vous fiez pas à cette copie.",
            "Una firma válida nombra al responsable que firmó. Cualquier otra respuesta significa: no se fíe de esta copia.",
            "التوقيع الصحيح يذكر اسم المشرف الذي وقّع. أي جواب آخر يعني: لا تثق بهذه النسخة."
        ),
        .pocketContents: ("Organisations from A to Z", "Organisations de A à Z", "Organizaciones de la A a la Z", "المنظمات من الألف إلى الياء"),
        .pocketServedSigned: (
            "This page is made by this server from the data it serves, and is not signed. The copy a maintainer signed is at %1 and its signature at %2: save both and check them as below.",
            "Cette page est produite par ce serveur à partir des données qu'il sert et n'est pas signée. La copie signée par un mainteneur est à %1, sa signature à %2 : enregistrez les deux et vérifiez-les comme ci-dessous.",
            "Esta página la genera este servidor a partir de los datos que sirve y no está firmada. La copia firmada por un responsable está en %1 y su firma en %2: guarde ambos archivos y compruébelos como se indica abajo.",
            "هذه الصفحة يُعدّها هذا الخادم من البيانات التي يقدّمها، وهي غير موقَّعة. النسخة التي وقّعها أحد المشرفين موجودة في %1 وتوقيعها في %2: احفظ الملفين وتحقّق منهما كما هو موضّح أدناه."
        ),
        .pocketServedUnsigned: (
            "This page is made by this server from the data it serves, and is not signed: the checks below are for the copy a maintainer signed, which this server does not offer.",
            "Cette page est produite par ce serveur à partir des données qu'il sert et n'est pas signée : les vérifications ci-dessous concernent la copie signée par un mainteneur, que ce serveur ne propose pas.",
            "Esta página la genera este servidor a partir de los datos que sirve y no está firmada: las comprobaciones de abajo se refieren a la copia firmada por un responsable, que este servidor no ofrece.",
            "هذه الصفحة يُعدّها هذا الخادم من البيانات التي يقدّمها، وهي غير موقَّعة: خطوات التحقق أدناه تخصّ النسخة التي وقّعها أحد المشرفين، وهذا الخادم لا يقدّمها."
        ),
    ]
}
