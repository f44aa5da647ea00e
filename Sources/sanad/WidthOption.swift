import ArgumentParser
import Catalogue

/// `--width`: the columns text is wrapped at, checked against the range ``TextWrapper`` accepts;
/// for the commands that print pages (`show`, `refer`, `serve`).
struct WidthOption: ParsableArguments {
    @Option(help: "Wrap text at this many columns (\(TextWrapper.minimumWidth)–\(TextWrapper.maximumWidth)).")
    var width = TextWrapper.defaultWidth

    func validate() throws {
        guard (TextWrapper.minimumWidth...TextWrapper.maximumWidth).contains(width) else {
            throw ValidationError("--width must be between \(TextWrapper.minimumWidth) and \(TextWrapper.maximumWidth).")
        }
    }
}
