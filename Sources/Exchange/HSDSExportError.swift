/// What can go wrong writing or reading HSDS files.
public enum HSDSExportError: Error, CustomStringConvertible, Equatable {
    case missingDataPackage
    case unsupportedLanguage(String)
    case notHSDS(String)

    public var description: String {
        switch self {
        case .missingDataPackage: "the HSDS data package (datapackage.json) is missing from the build"
        case .unsupportedLanguage(let code): "no UI language \"\(code)\"; use one of en, fr, es, ar"
        case .notHSDS(let why): "not HSDS 3.0 JSON: \(why)"
        }
    }
}
