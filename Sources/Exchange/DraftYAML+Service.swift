import DirectoryModel

extension DraftYAML.Writer {
    /// One programme as a list item under `services:`.
    mutating func service(_ s: Service) {
        indent += 2
        item()
        field("id", s.id)
        text("name", s.name)
        text("description", s.description)
        if s.status == .inactive { line("status: inactive") }
        text("status_note", s.statusNote)
        list("types", s.types)
        field("role", s.role?.rawValue)
        list("beneficiaries", s.beneficiaries)
        list("applicant", s.applicant.map(\.rawValue))
        texts("must", s.must)
        texts("excludes", s.excludes)
        list("location", s.locations.map(\.rawValue))
        if !s.requires.isEmpty {
            line("requires:")
            indent += 2
            for r in s.requires {
                item()
                field("status", r.status)
                text("note", r.note)
            }
            indent -= 2
        }
        text("eligibility_note", s.eligibilityNote)
        field("bound_to", s.boundTo)
        texts("safety_warnings", s.safetyWarnings)
        if let c = s.coverage {
            line("coverage:")
            indent += 1
            list("include", c.include)
            list("exclude", c.exclude)
            text("note", c.note)
            indent -= 1
        }
        list("threats", s.threats)
        if let u = s.urgency {
            line("urgency:")
            indent += 1
            line("emergency: \(u.emergency)")
            field("first_response", u.firstResponse?.description)
            field("decision", u.decision?.description)
            field("funds", u.funds?.description)
            indent -= 1
        }
        field("availability", s.availability)
        list("languages", s.languages)
        field("cost", s.cost?.rawValue)
        if let f = s.funding {
            line("funding:")
            indent += 1
            field("currency", f.currency)
            line("maximum: \(f.maximum)")
            text("note", f.note)
            indent -= 1
        }
        contacts(s.contacts)
        if let intake = s.intake {
            line("intake:")
            indent += 1
            field("mode", intake.mode?.rawValue)
            text("first_message", intake.firstMessage)
            texts("prepare", intake.prepare)
            text("consent", intake.consent)
            indent -= 1
        }
        texts("risk_notes", s.riskNotes)
        indent -= 2
    }
}
