/// A fact a counsellor usually knows without asking and that is true for most clients (lawful
/// residence, health insurance, nobody else in the home, no benefit, not self-employed, …).
///
/// The overview never treats an assumption as a known fact: it evaluates the household a second
/// time with the unknown assumptions filled in, to see which `mogelijk` schemes are **likely**
/// (they become `ja` when the assumption holds: "graag bevestigen") and which are **improbable**
/// (they become `nee`: "alleen als …"). The statuses of the evaluation itself do not change.
struct Assumption: Sendable {
    /// The contract path of the fact (`aanvrager.zelfstandige`, `medebewoners`).
    let path: String
    /// What is assumed, for the line "Aangenomen (graag bevestigen): …".
    let assumed: String
    /// The condition under which the schemes it rules out would apply: "als u zelfstandige bent".
    let onlyIf: String
    /// Whether the assumption is a routine fact (true for nearly everyone) rather than merely
    /// the usual case; routine facts are listed for confirmation, never asked first.
    let routine: Bool
    /// Fills the fact in a copy of the household when it is unknown and the assumption is
    /// reasonable for this household; returns false when it does not apply.
    let fill: @Sendable (inout Household, Day) -> Bool

    /// The assumptions, the improbable-making ones first (they name the group "Alleen als …").
    static let all: [Assumption] = {
        var list: [Assumption] = []
        // Per person: the applicant, and the partner when there is one.
        func person(_ key: String, _ kp: WritableKeyPath<Person, Bool?> & Sendable, _ value: Bool,
                    assumed: (String) -> String, onlyIf: (String) -> String, routine: Bool,
                    when: @escaping @Sendable (Person) -> Bool = { _ in true }) {
            for (who, applicant) in [("aanvrager", true), ("partner", false)] {
                let subject = applicant ? "u" : "uw partner"
                list.append(Assumption(path: "\(who).\(key)", assumed: assumed(subject), onlyIf: onlyIf(subject), routine: routine) { h, _ in
                    if applicant {
                        guard h.aanvrager[keyPath: kp] == nil, when(h.aanvrager) else { return false }
                        h.aanvrager[keyPath: kp] = value
                        return true
                    }
                    guard case .present(var p) = h.partner, p[keyPath: kp] == nil, when(p) else { return false }
                    p[keyPath: kp] = value
                    h.partner = .present(p)
                    return true
                })
            }
        }
        person("zelfstandige", \.zelfstandige, false, assumed: { "\($0 == "u" ? "geen" : "partner geen") zelfstandige" },
               onlyIf: { "als \($0) zelfstandige \($0 == "u" ? "bent" : "is")" }, routine: false)
        person("chronisch_ziek_of_beperking", \.chronischZiekOfBeperking, false,
               assumed: { $0 == "u" ? "geen chronische ziekte of beperking" : "partner geen chronische ziekte of beperking" },
               onlyIf: { "als \($0) een chronische ziekte of beperking \($0 == "u" ? "hebt" : "heeft")" }, routine: false)
        person("studiefinanciering", \.studiefinanciering, false, assumed: { $0 == "u" ? "geen studiefinanciering" : "partner geen studiefinanciering" },
               onlyIf: { "als \($0) studiefinanciering krijgt" }, routine: false,
               when: { ($0.leeftijd ?? 0) >= 30 })
        for (who, applicant) in [("aanvrager", true), ("partner", false)] {
            let subject = applicant ? "u" : "uw partner"
            // Education is improbable from 30 on (as studiefinanciering above).
            list.append(Assumption(path: "\(who).onderwijs", assumed: applicant ? "geen opleiding" : "partner geen opleiding",
                                   onlyIf: "als \(subject) een opleiding volgt", routine: false) { h, _ in
                if applicant {
                    guard h.aanvrager.onderwijs == nil, (h.aanvrager.leeftijd ?? 0) >= 30 else { return false }
                    h.aanvrager.onderwijs = Onderwijs.geen.rawValue
                    return true
                }
                guard case .present(var p) = h.partner, p.onderwijs == nil, (p.leeftijd ?? 0) >= 30 else { return false }
                p.onderwijs = Onderwijs.geen.rawValue
                h.partner = .present(p)
                return true
            })
            list.append(Assumption(path: "\(who).arbeidsongeschikt_procent", assumed: applicant ? "niet arbeidsongeschikt" : "partner niet arbeidsongeschikt",
                                   onlyIf: "als \(subject) arbeidsongeschikt \(applicant ? "bent" : "is")", routine: false) { h, _ in
                if applicant {
                    guard h.aanvrager.arbeidsongeschiktProcent == nil else { return false }
                    h.aanvrager.arbeidsongeschiktProcent = 0
                    return true
                }
                guard case .present(var p) = h.partner, p.arbeidsongeschiktProcent == nil else { return false }
                p.arbeidsongeschiktProcent = 0
                h.partner = .present(p)
                return true
            })
            // No benefit is the usual case only well before the AOW age (from then on, AOW is).
            list.append(Assumption(path: "\(who).uitkeringen", assumed: applicant ? "geen uitkering" : "partner geen uitkering",
                                   onlyIf: "als \(subject) een uitkering \(applicant ? "hebt" : "heeft")", routine: true) { h, _ in
                if applicant {
                    guard h.aanvrager.uitkeringen == nil, let age = h.aanvrager.leeftijd, age < 65 else { return false }
                    h.aanvrager.uitkeringen = []
                    return true
                }
                guard case .present(var p) = h.partner, p.uitkeringen == nil, let age = p.leeftijd, age < 65 else { return false }
                p.uitkeringen = []
                h.partner = .present(p)
                return true
            })
        }
        list.append(Assumption(path: "kinderen", assumed: "geen kinderen onder de 18", onlyIf: "als er kinderen onder de 18 zijn", routine: false) { h, _ in
            // Children under 18 are improbable only when both partners are 60 or older.
            guard h.kinderen == nil, let age = h.aanvrager.leeftijd, age >= 60 else { return false }
            if case .present(let p) = h.partner, (p.leeftijd ?? 0) < 60 { return false }
            h.kinderen = []
            return true
        })
        list.append(Assumption(path: "medebewoners", assumed: "geen andere volwassenen in huis",
                               onlyIf: "als er andere volwassenen in huis wonen", routine: true) { h, _ in
            guard h.medebewoners == nil else { return false }
            h.medebewoners = []
            return true
        })
        person("rechtmatig_verblijf", \.rechtmatigVerblijf, true, assumed: { $0 == "u" ? "rechtmatig verblijf in Nederland" : "partner rechtmatig verblijf" },
               onlyIf: { "als \($0) geen rechtmatig verblijf \($0 == "u" ? "hebt" : "heeft")" }, routine: true)
        person("zorgverzekerd", \.zorgverzekerd, true, assumed: { $0 == "u" ? "zorgverzekerd in Nederland" : "partner zorgverzekerd" },
               onlyIf: { "als \($0) niet in Nederland verzekerd \($0 == "u" ? "bent" : "is")" }, routine: true)
        return list
    }()

    /// The assumption about a missing fact, if any (`kinderen[0].leeftijd` is not `kinderen`).
    static func about(_ path: String) -> Assumption? { all.first { $0.path == path } }
}
