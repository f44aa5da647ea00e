import ArgumentParser

/// `[DIR]`: the directory folder as the first argument, for the commands that check or count
/// it (`lint`, `stats`, `sources check`).
struct DirectoryArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The directory folder.", valueName: "directory"))
    var path = "directory"
}
