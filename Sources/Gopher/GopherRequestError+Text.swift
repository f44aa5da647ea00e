import Catalogue

extension GopherRequestError {
    /// The sentence the client sees, from the Catalogue: in every UI language, since a request
    /// that could not be read names none. Apart from the request's parser, which is fuzzed on
    /// its own (`script/fuzz GopherRequest`) and needs no other module.
    public var text: UIText {
        switch self {
        case .tooLong: .requestTooLong
        case .controlCharacter: .requestControlCharacter
        case .invalidUTF8: .requestInvalidUTF8
        case .parentDirectory: .requestParentDirectory
        case .incomplete: .requestIncomplete
        }
    }
}
