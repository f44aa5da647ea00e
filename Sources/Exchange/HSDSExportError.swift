/// What can go wrong writing or reading HSDS files.
public enum HSDSExportError: Error, CustomStringConvertible, Equatable {
    /// The bundled `datapackage.json` is not in the build.
    case missingDataPackage
    /// An export language that is not a UI language.
    case unsupportedLanguage(String)
    /// The input is JSON but not HSDS organizations.
    case notHSDS(String)

    public var description: String {
        switch self {
        case .missingDataPackage: "the HSDS data package (datapackage.json) is missing from the build"
        case .unsupportedLanguage(let code): "no UI language \"\(code)\"; use one of en, fr, es, ar"
        case .notHSDS(let why): "not HSDS 3.0 JSON: \(why)"
        }
    }
}
