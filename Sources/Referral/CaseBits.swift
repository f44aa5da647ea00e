/// Small bit sets of enum cases, bit n for the n-th case of `allCases`: who may apply (self 1,
/// third party 2, organisation 4) and where a defender may be (in the country 1, abroad 2, in
/// exile 4), for a programme's entry and for a profile. One rule, so the two line up without a
/// switch for each.
enum CaseBits {
    /// The bit of `value`. Not for the filters' inner loop (it searches `allCases`): they use
    /// constants, or bits computed once per profile or entry.
    static func bit<Case: CaseIterable & Equatable, Result: FixedWidthInteger>(_ value: Case) -> Result {
        let cases = Case.allCases
        // Every case is in allCases.
        let position = cases.distance(from: cases.startIndex, to: cases.firstIndex(of: value)!)
        return 1 << position
    }

    /// The bits of all of `values`.
    static func bits<S: Sequence, Result: FixedWidthInteger>(_ values: S) -> Result where S.Element: CaseIterable & Equatable {
        values.reduce(0) { $0 | bit($1) }
    }
}
