import Catalogue
import Testing
@testable import LineInterface

/// A pasted selector or URL opens its route whether or not whatever it was copied from
/// percent-encoded it; an escape that does not decode to text leaves the line as typed.
@Suite struct PastedRouteTests {
    @Test func encodedAndPlainFormsOpenTheSameRoute() {
        let plain = LineSession.pastedRoute("gemini://h/es/refer/c=MX;w=journalist")
        #expect(plain?.language == .es)
        #expect(plain?.route == .referral("c=MX;w=journalist"))
        let encoded = LineSession.pastedRoute("gemini://h/es/refer/c%3DMX%3Bw%3Djournalist")
        #expect(encoded?.route == plain?.route)
        #expect(LineSession.pastedRoute("/fr/az/%C3%89")?.route == .az("É"))
        #expect(LineSession.pastedRoute("gophers://h/1/en/org/front-line-defenders?x")?.route == .organisation("front-line-defenders"))
    }

    /// `%+f` is not an escape (a sign is not a hex digit), so it is not the control byte 0x0F;
    /// `%FF` is not UTF-8, so the text is kept as typed.
    @Test func escapesThatAreNotTextStayAsTyped() {
        #expect(LineSession.pastedRoute("/en/refer/%+f")?.route == .referral("%+f"))
        #expect(LineSession.pastedRoute("/en/refer/%FF")?.route == .referral("%FF"))
        #expect(LineSession.pastedRoute("/en/refer/a%zz")?.route == .referral("a%zz"))
    }
}
