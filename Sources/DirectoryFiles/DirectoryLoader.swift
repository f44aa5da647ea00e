import DirectoryModel
import Foundation

/// Reads a directory (`organisations/*.yaml`, `vocabulary/*.yaml`, `regions.yaml`) into a
/// ``Directory``, checking everything `sanad lint` checks. It never throws and never crashes on a
/// file's contents: every problem becomes a ``Problem`` at its position.
///
/// Used by the index builder, the server's reload and the CLI.
public enum DirectoryLoader {
    /// Loads and checks the directory at `path`. Problems print with `path` as given, followed by
    /// the file's relative path (`directory/organisations/x.yaml:12:5: error: …`).
    ///
    /// `asOf` is the day no contact's `checked` date may be after (lint passes `--as-of` or
    /// today); nil skips that one check, so loading never reads the clock.
    public static func load(directory path: String, limits: YAMLLimits = .default, asOf: CalendarDate? = nil) -> DirectoryLoad {
        let root = displayRoot(path)
        var problems: [Problem] = []
        var fileCount = 0
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let problem = Problem(file: root, line: 0, column: 0, severity: .error, message: "no such directory")
            return DirectoryLoad(directory: nil, problems: [problem], fileCount: 0)
        }
        let reader = YAMLReader(limits: limits)

        // Regions first, then vocabularies: organisation files are checked against both.
        var regions: Regions?
        if let root = parse(file: "regions.yaml", in: path, display: root, reader: reader, problems: &problems, count: &fileCount) {
            var checker = FileChecker(path: display(root: path, "regions.yaml"))
            regions = RegionsReader.read(root, checker: &checker)
            problems += checker.problems
        }

        var vocabularies: [String: Vocabulary] = [:]
        let vocabularyFiles = yamlFiles(in: path, "vocabulary", display: root, problems: &problems)
        var languageCodes: Set<String>?
        // languages.yaml first: its codes check the language keys of the other vocabularies.
        let ordered = vocabularyFiles.filter { $0 == "languages.yaml" } + vocabularyFiles.filter { $0 != "languages.yaml" }
        for file in ordered {
            let name = String(file.dropLast(".yaml".count))
            let relative = "vocabulary/\(file)"
            guard let node = parse(file: relative, in: path, display: root, reader: reader, problems: &problems, count: &fileCount) else { continue }
            var checker = FileChecker(path: display(root: path, relative), languageCodes: languageCodes)
            checker.requiresEveryLanguage = false
            if !(Vocabularies.requiredNames + Vocabularies.optionalNames).contains(name) {
                checker.warning(node, "unknown vocabulary \"\(name)\" (expected one of: \((Vocabularies.requiredNames + Vocabularies.optionalNames).joined(separator: ", ")))")
            }
            if let vocabulary = VocabularyReader.read(node, name: name, checker: &checker) {
                vocabularies[name] = vocabulary
                if name == "languages" { languageCodes = Set(vocabulary.codes) }
            }
            problems += checker.problems
        }
        for name in Vocabularies.requiredNames where !vocabularyFiles.contains("\(name).yaml") {
            problems.append(Problem(file: display(root: path, "vocabulary/\(name).yaml"), line: 0, column: 0, severity: .error,
                                    message: "required vocabulary file is missing"))
        }

        let reference = ReferenceData(
            kinds: vocabularies["kinds"]?.codes, services: vocabularies["services"]?.codes,
            beneficiaries: vocabularies["beneficiaries"]?.codes, threats: vocabularies["threats"]?.codes,
            contactTypes: vocabularies["contact_types"]?.codes, languages: vocabularies["languages"]?.codes,
            statuses: vocabularies["statuses"]?.codes, regions: regions, asOf: asOf
        )
        let countryNotes = CountryNotesReader.load(in: path, display: root, reader: reader, reference: reference,
                                                   problems: &problems, count: &fileCount)

        // Organisation files are independent of each other: read and checked on every core,
        // then gathered in file order, so the result is the same as one by one.
        let knownLanguages = languageCodes
        let organisationNames = yamlFiles(in: path, "organisations", display: root, problems: &problems)
        if organisationNames.isEmpty, FileManager.default.fileExists(atPath: path + "/organisations") {
            // An empty folder (a failed checkout, a wrong path) would index and serve nothing.
            problems.append(Problem(file: display(root: path, "organisations"), line: 0, column: 0, severity: .error,
                                    message: "no organisation files (*.yaml): a directory without organisations is refused"))
        }
        let organisationResults = organisationNames.concurrentMap { file in
            var result = OrganisationResult()
            let relative = "organisations/\(file)"
            guard let node = parse(file: relative, in: path, display: root, reader: reader, problems: &result.problems, count: &result.fileCount) else {
                return result
            }
            var checker = FileChecker(path: display(root: path, relative), languageCodes: knownLanguages)
            if let read = OrganisationReader.read(node, fileID: String(file.dropLast(".yaml".count)), reference: reference, checker: &checker) {
                result.file = (checker.path, read)
            }
            result.problems += checker.problems
            return result
        }
        var organisationFiles: [(display: String, file: OrganisationFile)] = []
        for result in organisationResults {
            fileCount += result.fileCount
            problems += result.problems
            if let file = result.file { organisationFiles.append(file) }
        }
        problems += crossCheck(organisationFiles)

        let verifications = organisationFiles.flatMap { entry in
            entry.file.checks.map { DirectoryLoad.Verification(value: $0.value, checked: $0.checked, file: entry.display, line: $0.node.line, column: $0.node.column) }
        }

        problems = Problem.sorted(problems)
        var directory: Directory?
        if !problems.contains(where: { $0.severity == .error }), let regions,
           let kinds = vocabularies["kinds"], let services = vocabularies["services"],
           let beneficiaries = vocabularies["beneficiaries"], let threats = vocabularies["threats"],
           let contactTypes = vocabularies["contact_types"], let languages = vocabularies["languages"] {
            directory = Directory(
                organisations: organisationFiles.map(\.file.organisation),
                vocabularies: Vocabularies(kinds: kinds, services: services, beneficiaries: beneficiaries,
                                           threats: threats, contactTypes: contactTypes, languages: languages,
                                           statuses: vocabularies["statuses"] ?? Vocabulary(name: "statuses", terms: [])),
                regions: regions, countryNotes: countryNotes, version: GitVersion.of(directory: path)
            )
        }
        directory?.release = ReleaseFile.read(directory: path)
        return DirectoryLoad(directory: directory, problems: problems, fileCount: fileCount, verifications: verifications)
    }

    /// What reading one organisation file gave.
    private struct OrganisationResult {
        var problems: [Problem] = []
        var fileCount = 0
        var file: (display: String, file: OrganisationFile)?
    }

    // MARK: - Across files

    /// Unique ids, `part_of` references and contacts' `operator` ids.
    static func crossCheck(_ files: [(display: String, file: OrganisationFile)]) -> [Problem] {
        var problems: [Problem] = []
        var firstFile: [String: String] = [:]
        for (display, file) in files {
            let id = file.organisation.id
            if let first = firstFile[id], let node = file.idNode {
                problems.append(Problem(file: display, line: node.line, column: node.column, severity: .error,
                                        message: "duplicate id \"\(id)\" (also in \(first))"))
            } else {
                firstFile[id] = display
            }
        }
        let ids = ValidationSuggestions.Index(files.map(\.file.organisation.id).sorted())
        // Suggestions cost a pass over every id; past this many unknown references (a mass
        // rename, a generated directory) the rest are reported without one.
        var suggestionBudget = 100
        for (display, file) in files {
            for (ref, node, field) in file.references where firstFile[ref] == nil {
                suggestionBudget -= 1
                let hint = suggestionBudget >= 0 ? ids.suggestion(for: ref).map { " (did you mean \"\($0)\"?)" } ?? "" : ""
                problems.append(Problem(file: display, line: node.line, column: node.column, severity: .error,
                                        message: "\(field) refers to unknown organisation \"\(ref)\"\(hint)"))
            }
            for (ref, node) in file.partOf {
                if ref == file.organisation.id {
                    problems.append(Problem(file: display, line: node.line, column: node.column, severity: .error,
                                            message: "an organisation cannot be part of itself"))
                } else if firstFile[ref] == nil {
                    suggestionBudget -= 1
                    let hint = suggestionBudget >= 0 ? ids.suggestion(for: ref).map { " (did you mean \"\($0)\"?)" } ?? "" : ""
                    problems.append(Problem(file: display, line: node.line, column: node.column, severity: .error,
                                            message: "part_of refers to unknown organisation \"\(ref)\"\(hint)"))
                }
            }
        }
        return problems
    }

    // MARK: - Files

    /// `path` as printed: without trailing slashes, so `directory/` prints as `directory/x.yaml`.
    static func displayRoot(_ path: String) -> String {
        var root = path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root.isEmpty ? "." : root
    }

    static func display(root path: String, _ relative: String) -> String {
        let root = displayRoot(path)
        return root == "/" ? "/\(relative)" : "\(root)/\(relative)"
    }

    /// The `.yaml` files of a subfolder, sorted by name. Hidden files are skipped; a `.yml` file
    /// is reported (it would otherwise be silently ignored).
    static func yamlFiles(in path: String, _ folder: String, display root: String, problems: inout [Problem]) -> [String] {
        let url = URL(fileURLWithPath: path).appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            problems.append(Problem(file: "\(root)/\(folder)", line: 0, column: 0, severity: .error, message: "no such directory"))
            return []
        }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            if name.hasSuffix(".yaml") {
                files.append(name)
            } else if name.hasSuffix(".yml") {
                problems.append(Problem(file: "\(root)/\(folder)/\(name)", line: 0, column: 0, severity: .error,
                                        message: "directory files end in .yaml, not .yml; this file is not read"))
            }
        }
        return files
    }

    /// Reads and parses one file, refusing what is not a plain file, too large, or not YAML.
    static func parse(file relative: String, in path: String, display root: String, reader: YAMLReader,
                      problems: inout [Problem], count: inout Int) -> YAMLNode? {
        let displayPath = "\(root)/\(relative)"
        func refuse(_ message: String, line: Int = 0, column: Int = 0) -> YAMLNode? {
            problems.append(Problem(file: displayPath, line: line, column: column, severity: .error, message: message))
            return nil
        }
        let fullPath = URL(fileURLWithPath: path).appendingPathComponent(relative).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: fullPath) else {
            return refuse(relative == "regions.yaml" ? "required file is missing" : "file cannot be read")
        }
        count += 1
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return refuse("not a regular file (symbolic links, devices and pipes are not read)")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > reader.limits.maximumBytes {
            return refuse("file is \(size) bytes, larger than the limit of \(YAMLReader.sizeText(reader.limits.maximumBytes)); not read")
        }
        guard let handle = FileHandle(forReadingAtPath: fullPath) else { return refuse("file cannot be read") }
        defer { try? handle.close() }
        // One byte past the limit tells a file that grew since it was measured.
        let data = (try? handle.read(upToCount: reader.limits.maximumBytes + 1)) ?? nil
        switch reader.read([UInt8](data ?? Data())) {
        case .success(let node): return node
        case .failure(let error): return refuse(error.message, line: error.line, column: error.column)
        }
    }
}
