import DirectoryModel

extension ReferralIndex {
    /// The directory's codes numbered for ``Bits``: the countries of the regions file and the
    /// vocabularies the filters compare. Built once per index and shared by the compiler, which
    /// numbers each programme's codes, and the engine, which numbers a profile's, so that their
    /// bits line up.
    struct CodeTables: Sendable {
        let countries: CodeTable
        let services: CodeTable
        /// The beneficiaries vocabulary (who a programme serves, who the defender is).
        let groups: CodeTable
        let threats: CodeTable
        let languages: CodeTable
        let contactTypes: CodeTable

        init(_ directory: Directory) {
            let v = directory.vocabularies
            countries = CodeTable(directory.regions.countries.map(\.code))
            services = CodeTable(v.services.codes)
            groups = CodeTable(v.beneficiaries.codes)
            threats = CodeTable(v.threats.codes)
            languages = CodeTable(v.languages.codes)
            contactTypes = CodeTable(v.contactTypes.codes)
        }
    }
}
