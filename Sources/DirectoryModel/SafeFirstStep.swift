/// The default safe first step, from the helpers' own published guidance (Access Now's
/// Digital Security Helpline, CiviCERT's triage, the Defenders in Development working group).
/// A service with its own published advice gives it in `intake.first_message` instead.
public enum SafeFirstStep {
    public static let `default` = LocalizedText(
        [
            "en": "Ask for a secure channel first; give no names or details in the first message.",
            "fr": "Demandez d'abord un canal sécurisé ; ne donnez ni noms ni détails dans le premier message.",
            "es": "Pida primero un canal seguro; no dé nombres ni detalles en el primer mensaje.",
            "ar": "اطلب أولاً قناة اتصال آمنة؛ لا تذكر أسماء أو تفاصيل في الرسالة الأولى.",
        ],
        sourceLanguage: "en"
    )

    /// The first step for `service`: its own published advice, else the default.
    public static func forService(_ service: Service) -> LocalizedText {
        service.intake?.firstMessage ?? SafeFirstStep.default
    }
}
