import Hulpwijzer

/// Generates realistic anonymised caseloads of a kredietbank or municipal debt service: mostly
/// low incomes around the social minimum, many singles and single parents, rent, debts, often
/// garnishment, benefits and toeslagen already received; municipalities weighted by inhabitants.
/// Deterministic for a seed, so benchmark runs compare like with like.
struct CaseloadGenerator {
    private var state: UInt64
    private let municipalities: [(code: String, cumulative: Int)]
    private let total: Int
    /// One municipality and one peildatum for every household (a kredietbank's caseload on one
    /// screening date), instead of all municipalities by inhabitants and the months of 2026.
    private let fixedMunicipality: String?
    private let fixedDay: String?

    init(seed: UInt64, register: MunicipalityRegistry, municipality: String? = nil, day: String? = nil) {
        state = seed
        fixedMunicipality = municipality
        fixedDay = day
        var cumulative = 0
        var list: [(String, Int)] = []
        for m in register.all {
            cumulative += m.inhabitants
            list.append((m.code, cumulative))
        }
        municipalities = list
        total = max(cumulative, 1)
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    private mutating func municipality() -> String {
        let r = int(0...(total - 1))
        var lo = 0, hi = municipalities.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if municipalities[mid].cumulative > r { hi = mid } else { lo = mid + 1 }
        }
        return municipalities[lo].code
    }

    /// One household as a JSON object on one line; `number` makes the case label.
    mutating func household(_ number: Int) -> String {
        let single = chance(62)
        let age = chance(12) ? int(67...85) : int(19...66)
        let partnerAge = max(18, min(90, age + int(-6...6)))
        let children = single ? (chance(30) ? int(1...3) : 0) : (chance(50) ? int(1...4) : 0)
        let benefit = age >= 67 ? "aow" : (chance(35) ? "bijstand" : (chance(12) ? ["ww", "wia", "wajong", "ziektewet"][int(0...3)] : ""))
        let works = benefit.isEmpty || benefit == "ww" && chance(20)
        let hours = works ? [0, 12, 20, 24, 32, 36, 40][int(0...6)] : 0
        let net = benefit == "bijstand" ? (single ? 1331 : 1902) + int(-50...50) : int(900...2900)
        // Drawn even when fixed, so that the rest of the household stays the same for a seed.
        let day = "2026-\(String(format2: int(1...12)))-01", code = municipality()
        var json = #"{"id": "case-\#(number)", "peildatum": "\#(fixedDay ?? day)", "gemeente": "\#(fixedMunicipality ?? code)""#
        json += #", "aanvrager": {"leeftijd": \#(age), "rechtmatig_verblijf": true, "zorgverzekerd": \#(chance(97)), "werk_uren_per_week": \#(hours), "uitkeringen": [\#(benefit.isEmpty ? "" : "\"\(benefit)\"")]"#
        if age < 67 && chance(15) { json += #", "chronisch_ziek_of_beperking": true"# }
        if age >= 60 { json += #", "aow_jaren_verzekerd": \#(chance(80) ? 50 : int(20...49))"# }
        json += "}"
        json += single ? #", "partner": null"# : #", "partner": {"leeftijd": \#(partnerAge), "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": \#(chance(40) ? int(8...32) : 0)}"#
        let kids = (0..<children).map { _ in #"{"leeftijd": \#(int(0...17)), "thuiswonend": true}"# }
        json += #", "kinderen": [\#(kids.joined(separator: ", "))], "medebewoners": []"#
        if chance(88) {
            json += #", "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": \#(int(420...1150))}"#
        } else {
            json += #", "woning": {"soort": "koop", "zelfstandig": true}"#
        }
        json += #", "inkomen": {"netto_per_maand": \#(net)"#
        if chance(70) { json += #", "toetsingsinkomen_per_jaar": \#(Int(Double(net) * 13.6))"# }
        if chance(60) { json += #", "maanden_laag_inkomen": \#(int(0...96))"# }
        json += "}"
        if chance(85) { json += #", "vermogen": {"totaal": \#(chance(80) ? int(0...3000) : int(3000...40000))}"# }
        json += #", "schulden": {"totaal": \#(int(500...60000)), "problematisch": \#(chance(75)), "beslag": \#(chance(30)), "in_schuldhulp": \#(chance(50)), "aantal_schuldeisers": \#(int(1...25))}"#
        var received: [String] = []
        if chance(60) { received.append("zorgtoeslag") }
        if children > 0 && chance(90) { received.append("kinderbijslag") }
        if chance(45) { received.append("huurtoeslag") }
        json += #", "ontvangt": [\#(received.map { "\"\($0)\"" }.joined(separator: ", "))]}"#
        return json
    }
}

extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
