import Foundation

extension CheckReport {
    /// One JSON object: `verdicts` (one per contact: file, line, column, organisation,
    /// service, type, value, source, fetch, fetch_detail, redirected_to, value_verdict,
    /// authority, recordable), `summary` and `exit_status`. Keys sorted, so output diffs well.
    public var json: String {
        struct Row: Encodable {
            var file: String
            var line: Int
            var column: Int
            var organisation: String
            var service: String?
            var type: String
            var value: String
            var source: String
            var fetch: String
            var fetch_detail: String?
            var redirected_to: String?
            var value_verdict: String?
            var authority: String?
            var recordable: Bool
        }
        struct Document: Encodable {
            var verdicts: [Row]
            var summary: String
            var exit_status: Int32
        }
        let rows = verdicts.map { v -> Row in
            var detail: String?
            var redirectedTo: String?
            switch v.fetch {
            case .unreachable(let why): detail = why
            case .notCheckable(let reason): detail = reason.code
            case .redirected(let to): redirectedTo = to
            default: break
            }
            return Row(
                file: v.contact.file, line: v.contact.line, column: v.contact.column, organisation: v.contact.organisation,
                service: v.contact.service, type: v.contact.type, value: v.contact.value, source: v.source,
                fetch: v.fetch.code, fetch_detail: detail, redirected_to: redirectedTo, value_verdict: v.value?.rawValue,
                authority: v.authority?.rawValue, recordable: v.isRecordable
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(verdicts: rows, summary: summary, exit_status: exitStatus))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
