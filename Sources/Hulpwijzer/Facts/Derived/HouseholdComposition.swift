/// Who lives in the home: partner, household type, residents, and what applicant
/// and partner have in common (residence, work, benefits, insurance).
enum HouseholdComposition {
    /// The unit: summaries of the input that several schemes test.
    static let definition = DerivedFact(
        concept: "huishouden", legalBasis: nil,
        produces: [
            .init("huishouden.heeft_partner", "of er een (toeslag)partner is", .janee),
            .init("huishouden.type", "de leefsituatie", .tekst),
            .init("huishouden.aantal_personen", "het aantal bewoners", .aantal),
            .init("huishouden.oudste_leeftijd", "de leeftijd van de oudste bewoner", .jaren),
            .init("huishouden.rechtmatig_verblijf", "rechtmatig verblijf van de aanvrager en de partner", .janee),
            .init("huishouden.uitkeringen", "de uitkeringen van de aanvrager en de partner", .lijst),
            .init("huishouden.werkt", "betaald werk van de aanvrager of de partner", .janee),
            .init("huishouden.allen_werken", "betaald werk van de aanvrager en (als die er is) de partner", .janee),
            .init("huishouden.zorgverzekerden", "het aantal verzekerden (aanvrager en partner) met een Nederlandse zorgverzekering", .aantal)
        ],
        parameters: [])
}

extension FactComputer {
    func hasPartner() -> FactValue {
        switch household.partner {
        case .unknown: return .unknown(missing: ["partner"])
        case .absent: return .bool(false)
        case .present: return .bool(true)
        }
    }

    func setComposition(_ facts: inout FactSet, hasPartner: FactValue) {
        facts[FactIDs.huishoudenHeeftPartner] = hasPartner
        let hasChildren = facts[FactIDs.huishoudenHeeftKinderen]
        switch (hasPartner, hasChildren) {
        case (.bool(let p), .bool(let k)):
            facts[FactIDs.huishoudenType] = .text((p ? (k ? Leefsituatie.paarMetKinderen : .paar) : (k ? .alleenstaandeOuder : .alleenstaand)).rawValue)
        default:
            facts[FactIDs.huishoudenType] = .unknown(missing: hasPartner.missing + hasChildren.missing)
        }

        // Number of residents.
        var missing = hasPartner.missing
        var persons = 1.0
        if hasPartner.bool == true { persons += 1 }
        if let n = facts[FactIDs.huishoudenAantalKinderen].number { persons += n } else { missing += ["kinderen"] }
        if let m = household.medebewoners { persons += Double(m.count) } else { missing += ["medebewoners"] }
        facts[FactIDs.huishoudenAantalPersonen] = missing.isEmpty ? .number(persons) : .unknown(missing: missing)

        // Oldest resident (for the huurtoeslag youth limit).
        var oldestMissing: [String] = []
        var oldest = -1
        if let a = age(household.aanvrager) { oldest = a } else { oldestMissing.append("aanvrager.leeftijd") }
        if case .present(let p) = household.partner {
            if let a = age(p) { oldest = max(oldest, a) } else { oldestMissing.append("partner.leeftijd") }
        } else if household.partner == .unknown { oldestMissing.append("partner") }
        if let m = household.medebewoners {
            for (i, c) in m.enumerated() {
                if let a = c.leeftijd { oldest = max(oldest, a) } else { oldestMissing.append("medebewoners[\(i)].leeftijd") }
            }
        } else { oldestMissing.append("medebewoners") }
        facts[FactIDs.huishoudenOudsteLeeftijd] = oldestMissing.isEmpty ? .number(Double(oldest)) : .unknown(missing: oldestMissing)

        let partner = truth(hasPartner)
        let rvA = facts[FactIDs.aanvragerRechtmatigVerblijf]
        let rvP = facts[FactIDs.partnerRechtmatigVerblijf]
        facts[FactIDs.huishoudenRechtmatigVerblijf] = value(truth(rvA) && (!partner || truth(rvP)), rvA.missing + rvP.missing + hasPartner.missing)
        let wA = facts[FactIDs.aanvragerWerkt]
        let wP = facts[FactIDs.partnerWerkt]
        facts[FactIDs.huishoudenWerkt] = value(truth(wA) || (partner && truth(wP)), wA.missing + wP.missing + hasPartner.missing)
        facts[FactIDs.huishoudenAllenWerken] = value(truth(wA) && (!partner || truth(wP)), wA.missing + wP.missing + hasPartner.missing)

        // Benefits of applicant and partner together.
        var benefits: [String] = []
        var benefitsMissing: [String] = []
        if let u = household.aanvrager.uitkeringen { benefits += u } else { benefitsMissing.append("aanvrager.uitkeringen") }
        switch household.partner {
        case .present(let p):
            if let u = p.uitkeringen { benefits += u } else { benefitsMissing.append("partner.uitkeringen") }
        case .unknown: benefitsMissing.append("partner")
        case .absent: break
        }
        facts[FactIDs.huishoudenUitkeringen] = benefitsMissing.isEmpty ? .list(benefits) : .unknown(missing: benefitsMissing)

        // Insured adults (applicant + partner) for the zorgtoeslag.
        var insured = 0.0
        var insuredMissing: [String] = []
        if let z = household.aanvrager.zorgverzekerd { insured += z ? 1 : 0 } else { insuredMissing.append("aanvrager.zorgverzekerd") }
        switch household.partner {
        case .present(let p):
            if let z = p.zorgverzekerd { insured += z ? 1 : 0 } else { insuredMissing.append("partner.zorgverzekerd") }
        case .unknown: insuredMissing.append("partner")
        case .absent: break
        }
        facts[FactIDs.huishoudenZorgverzekerden] = insuredMissing.isEmpty ? .number(insured) : .unknown(missing: insuredMissing)
    }
}
