import ArgumentParser
import DirectoryModel

/// `--lang`: the language of the output, English by default (`show`, `search`).
struct LanguageOption: ParsableArguments {
    @Option(help: "The language of the output: en, fr, es or ar.")
    var lang = "en"

    /// The language asked for (checked by `validate`).
    var language: UILanguage { UILanguage(rawValue: lang) ?? .en }

    func validate() throws {
        guard UILanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be one of en, fr, es, ar.") }
    }
}
