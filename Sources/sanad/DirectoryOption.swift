import ArgumentParser

/// `--directory`: the directory folder, for the commands that read it (`show`, `search`,
/// `refer`, `index`, `bundle`); one declaration, so the flag reads the same everywhere.
struct DirectoryOption: ParsableArguments {
    @Option(name: .customLong("directory"), help: "The directory folder.")
    var path = "directory"
}
