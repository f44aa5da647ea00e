import Catalogue
import DirectoryModel
import SanadTestSupport

/// The shared ``TestDirectory`` with three cases only the catalogue's own rules need: a historical
/// e-mail address on the helpline, the fund's own first message, and a programme with an
/// emergency phone under the inactive fund.
///
/// They stay here, not in the shared directory, because the fronts' golden pages and the server
/// tests are pinned to the shared directory's pages: these cases would change every one of them
/// while testing nothing about a front. The numbers are fictional (555-01xx).
enum CatalogueSample {
    static func make() -> Directory {
        var directory = TestDirectory.make()
        edit(&directory, "test-helpline") {
            $0.services[0].contacts.append(
                Contact(type: "email", value: "old@helpline.example", historical: true, source: "github:x/y file@abc", sourceDate: "2011")
            )
        }
        edit(&directory, "test-fund") {
            $0.services[0].intake = Intake(firstMessage: LocalizedText("Write to us using the form only."))
        }
        edit(&directory, "test-closed") {
            $0.services = [
                Service(id: "old", name: TestDirectory.text("Old grants"), types: ["protection_grant"], coverage: .global, contacts: [
                    Contact(type: "phone", value: "+1 202 555 0199", emergency: true, source: "https://source.example/c"),
                ]),
            ]
        }
        return directory
    }

    /// Changes the organisation `id` in place (the directory keeps its organisations sorted by id).
    static func edit(_ directory: inout Directory, _ id: String, _ change: (inout Organisation) -> Void) {
        guard let index = directory.organisations.firstIndex(where: { $0.id == id }) else { preconditionFailure("no \(id)") }
        change(&directory.organisations[index])
    }

    static func catalogue(search: [String] = []) -> Catalogue {
        Catalogue(directory: make(), index: FixedSearch(ids: search))
    }
}
