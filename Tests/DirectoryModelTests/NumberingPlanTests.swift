import DirectoryModel
import Testing

/// The national-number rule (directory/README.md, "Phone numbers") against the generated table.
@Suite struct NumberingPlanTests {
    @Test(arguments: [
        ("+92 800 39393", "0800-39393"),                 // Pakistan: trunk 0 dropped
        ("+254 716 200 100", "0716 200 100"),            // Kenya
        ("+52 55 39 58 56 29", "55-39-58-56-29"),        // Mexico: no trunk prefix printed
        ("+353 1 21 00 489", "+353 (0)1 21 00 489"),     // printed internationally: only "(0)" dropped
        ("+57 320 231 1308", "320 231 1308"),            // Colombian mobile
        ("+33 6 00 00 00 00", "06 00 00 00 00"),
    ])
    func conversionsThatFollowTheRule(value: String, printed: String) {
        #expect(NumberingPlan.check(value: value, printed: printed).matches)
    }

    @Test func digitsAreNeverAddedOrCompleted() {
        // "458-3992 ó 6215": 6215 is not a number, so "+1 202 458 6215" is not its international form.
        let completed = NumberingPlan.check(value: "+1 202 458 6215", printed: "+1 (202) 458-3992 ó 6215")
        #expect(!completed.matches)
        // A trunk 0 kept after the calling code is not the rule's form; the expected form is given.
        let kept = NumberingPlan.check(value: "+92 0800 39393", printed: "0800-39393")
        #expect(!kept.matches && kept.expected == "+9280039393")
        // A digit too many or too few.
        #expect(!NumberingPlan.check(value: "+254 716 200 1000", printed: "0716 200 100").matches)
        #expect(!NumberingPlan.check(value: "+353 1 21 00 48", printed: "+353 (0)1 21 00 489").matches)
    }

    @Test func tollFreeNumbersAreFoundByThePlan() {
        #expect(NumberingPlan.tollFreeCountries("+92 800 39393") == ["PK"])
        #expect(NumberingPlan.tollFreeCountries("+353 1 21 00 489").isEmpty)
        #expect(NumberingPlan.tollFreeCountries("+1 800 555 0100").contains("US"))
        #expect(NumberingPlan.tollFreeCountries("+1 212 465 1004").isEmpty)
    }

    @Test func callingCodesAndTrunkPrefixes() {
        #expect(NumberingPlan.callingCode(ofDigits: "35312100489") == "353")
        #expect(NumberingPlan.callingCode(ofDigits: "12124651004") == "1")
        #expect(NumberingPlan.callingCode(ofDigits: "9280039393") == "92")
        #expect(NumberingPlan.plan(for: "pk")?.trunkPrefix == "0")
        #expect(NumberingPlan.plan(for: "MX")?.trunkPrefix == "")
        #expect(NumberingPlan.plan(for: "US")?.callingCode == "1")
        #expect(NumberingPlan.plans(callingCode: "7").map(\.country) == ["KZ", "RU"])
    }
}
