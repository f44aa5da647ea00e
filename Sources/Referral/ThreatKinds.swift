/// Fixed groupings of threat and service codes the engine uses: which threats are physical or
/// digital (for pinned blocks), and which services typically answer a threat (used when a
/// profile names threats but no need). Caseworker practice, kept here so it can be read and
/// changed in one place.
enum ThreatKinds {
    /// Threats that pin the 24-hour emergency lines.
    static let physical: Set<String> = [
        "physical_attack", "death_threat", "arrest_detention", "enforced_disappearance",
        "raid_property_damage", "surveillance_physical", "gender_based_violence", "family_targeted",
    ]

    /// Threats that pin the 24/7 digital security helplines.
    static let digital: Set<String> = [
        "surveillance_digital", "account_compromise", "device_seized_lost", "online_harassment",
        "doxxing", "censorship_blocking", "website_attack",
    ]

    /// Service types of a digital security helpline.
    static let digitalServices: Set<String> = [
        "digital_incident", "forensics_malware", "account_recovery", "web_protection", "secure_hosting",
        "online_harassment", "censorship_circumvention",
    ]

    /// Organisation kinds that are mechanisms: ranked only when mechanisms are wanted.
    static let mechanismKinds: Set<String> = ["un_mechanism", "regional_mechanism", "national_mechanism"]

    /// Services that typically answer each threat, most direct first.
    static let answers: [String: [String]] = [
        "physical_attack": ["emergency_response", "physical_security", "medical_support", "relocation_temporary", "protection_grant", "accompaniment"],
        "death_threat": ["emergency_response", "physical_security", "relocation_temporary", "protection_grant", "advocacy_urgent", "accompaniment"],
        "arrest_detention": ["legal_support", "advocacy_urgent", "trial_observation", "family_support"],
        "enforced_disappearance": ["advocacy_urgent", "mechanism_complaint", "family_support", "legal_support"],
        "raid_property_damage": ["protection_grant", "physical_security", "legal_support"],
        "judicial_harassment": ["legal_support", "trial_observation", "advocacy_urgent"],
        "smear_campaign": ["advocacy_urgent", "online_harassment"],
        "travel_ban": ["legal_support", "advocacy_urgent"],
        "surveillance_physical": ["physical_security", "security_training"],
        "surveillance_digital": ["digital_incident", "forensics_malware", "security_training"],
        "account_compromise": ["account_recovery", "digital_incident"],
        "device_seized_lost": ["digital_incident", "account_recovery"],
        "online_harassment": ["online_harassment", "digital_incident", "psychosocial"],
        "doxxing": ["online_harassment", "digital_incident", "physical_security"],
        "censorship_blocking": ["censorship_circumvention", "web_protection"],
        "website_attack": ["web_protection", "secure_hosting", "digital_incident"],
        "gender_based_violence": ["psychosocial", "medical_support", "emergency_response"],
        "reprisal_international": ["advocacy_urgent", "mechanism_complaint"],
        "org_restriction": ["org_resilience", "legal_support", "advocacy_urgent"],
        "displacement_exile": ["relocation_temporary", "protection_grant", "psychosocial"],
        "burnout_trauma": ["psychosocial"],
        "family_targeted": ["family_support", "relocation_temporary", "protection_grant"],
    ]

    /// Groups close enough that a programme for one may take the other, used only when the
    /// group is broadened as the last relaxation.
    static let relatedGroups: [String: [String]] = [
        "journalist": ["media_outlet", "artist_writer"],
        "media_outlet": ["journalist"],
        "artist_writer": ["journalist", "academic"],
        "academic": ["student", "artist_writer"],
        "student": ["academic"],
        "land_env_defender": ["indigenous", "community"],
        "indigenous": ["land_env_defender", "community"],
        "community": ["land_env_defender", "indigenous", "cso"],
        "cso": ["community", "media_outlet"],
        "whrd": ["lgbtiq"],
        "lgbtiq": ["whrd"],
        "trade_unionist": ["community"],
        "lawyer": ["cso"],
    ]

    /// Needs a broader service also answers, for admission only: a general digital helpline
    /// (`digital_incident`) takes online harassment, account recovery, malware and a website
    /// under attack. A programme that offers only the broader service is admitted and explained
    /// (``SignalCode/broaderNeed``) but ranks below those that offer the need itself.
    static let broaderNeeds: [String: [String]] = [
        "online_harassment": ["digital_incident"],
        "account_recovery": ["digital_incident"],
        "forensics_malware": ["digital_incident"],
        "web_protection": ["digital_incident", "secure_hosting"],
        "secure_hosting": ["web_protection"],
        "censorship_circumvention": ["digital_incident"],
    ]
}
