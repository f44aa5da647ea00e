import Catalogue
import DirectoryModel
import SanadTestSupport
import Testing

/// The one rule for a contact's link target (``ContactLink``): decided by the contact's type,
/// only for a value in the form that type's lint check accepts, never with bidi isolates.
@Suite struct ContactLinkTests {
    @Test func phonesInInternationalFormDialFromAnywhere() {
        #expect(ContactLink.target(type: "phone", value: "+353 1 21 00 489") == "tel:+35312100489")
        #expect(ContactLink.target(type: "sms", value: "+1 202 555 0100") == "sms:+12025550100")
        // A national form is not dialable from abroad: no link (the directory never publishes one).
        #expect(ContactLink.target(type: "phone", value: "01 234 5678") == nil)
        #expect(ContactLink.target(type: "phone", value: "(01) 234-5678") == nil)
        #expect(ContactLink.target(type: "phone", value: "+1 23") == nil)
        #expect(ContactLink.target(type: "phone", value: "24/7") == nil)
    }

    @Test func shortNumbersDialInsideTheirCountry() {
        #expect(ContactLink.target(type: "short_code", value: "1099") == "tel:1099")
        #expect(ContactLink.target(type: "short_code", value: "103") == "tel:103")
        #expect(ContactLink.target(type: "short_code", value: "1234567") == nil)
    }

    /// The same number is a call only when the type says it is one.
    @Test func faxesAndMessengerNumbersAreNotCalls() {
        for type in ["fax", "signal", "whatsapp", "telegram"] {
            #expect(ContactLink.target(type: type, value: "+49 176 43839637") == nil, "\(type)")
        }
        #expect(ContactLink.target(type: "signal", value: "https://signal.me/#eu/abc") == "https://signal.me/#eu/abc")
    }

    @Test func eMailAddresses() {
        #expect(ContactLink.target(type: "email", value: "help@accessnow.org") == "mailto:help@accessnow.org")
        #expect(ContactLink.target(type: "email", value: "a b@c.d") == nil)
        #expect(ContactLink.target(type: "email", value: "@x.y") == nil)
        // An address under another type is not an e-mail link.
        #expect(ContactLink.target(type: "postal", value: "help@accessnow.org") == nil)
    }

    @Test func webAndOnionAddresses() {
        #expect(ContactLink.target(type: "website", value: "https://x.example/a") == "https://x.example/a")
        #expect(ContactLink.target(type: "web_form", value: "http://www.humanrights.asia/contact-us") == "http://www.humanrights.asia/contact-us")
        let onion = "http://" + String(repeating: "a", count: 56) + ".onion/"
        #expect(ContactLink.target(type: "onion", value: onion) == onion)
        #expect(ContactLink.target(type: "website", value: "javascript:alert(1)") == nil)
        #expect(ContactLink.target(type: "website", value: "https://x.example/a b") == nil)
        #expect(ContactLink.target(type: "website", value: "www.x.example") == nil)
    }

    @Test func otherTypesAreNeverLinks() {
        #expect(ContactLink.target(type: "postal", value: "Rue de la Linière, 11, B-1060 Brussels, Belgium") == nil)
        #expect(ContactLink.target(type: "skype", value: "https://x.example") == nil)
        #expect(ContactLink.target(type: "wire", value: "@someone") == nil)
        #expect(ContactLink.target(type: "unknown", value: "+353 1 21 00 489") == nil)
    }

    /// An Arabic page's isolates never reach a target, although the value keeps them.
    @Test func isolatesStayOutOfTargets() throws {
        let isolated = BidiIsolation.isolate("+353 1 21 00 489")
        #expect(isolated != "+353 1 21 00 489")
        #expect(ContactLink.target(type: "phone", value: isolated) == "tel:+35312100489")
        let page = try CatalogueSample.catalogue().page(.organisation("test-helpline"), language: .ar)
        var targets: [String] = []
        for case .field(_, let value, _, let target?) in page.blocks.map(\.unwrapped) {
            #expect(value.contains(BidiIsolation.lri))
            targets.append(target)
        }
        #expect(targets == ["https://helpline.example", "tel:+12025550100", "mailto:help@helpline.example", "mailto:old@helpline.example"])
        #expect(!targets.joined().contains(BidiIsolation.lri) && !targets.joined().contains(BidiIsolation.pdi))
    }

    /// Fields that are not contacts (the about page's counts, a version) are never links.
    @Test func fieldsThatAreNotContactsHaveNoTarget() throws {
        let page = try CatalogueSample.catalogue().page(.about, language: .en)
        for case .field(let label, _, _, let target) in page.blocks.map(\.unwrapped) {
            #expect(target == nil, "\(label)")
        }
    }
}
