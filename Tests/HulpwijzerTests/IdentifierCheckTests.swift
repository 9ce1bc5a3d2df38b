import Testing
@testable import Hulpwijzer

/// The `id` of a household is a case label, never personal data (contract, issue 11).
@Suite struct IdentifierCheckTests {
    @Test(arguments: [
        ("111222333", IdentifierCheck.Finding.bsn),        // passes the 11-proef
        ("123456782", .bsn),
        ("123.456.782", .bsn),
        ("klant 123456782", .bsn),
        ("jan.jansen@example.nl", .email),
        ("06-12345678", .phone),
        ("+31 6 12345678", .phone),
        ("020 1234567", .phone),
        ("1234 AB 12", .postcode),
        ("1234AB-7", .postcode),
        ("Dorpsstraat 12a", .address),
        ("Jan Jansen", .name),
        ("J. de Vries", .name),
        ("Fatima El Amrani", .name),
    ])
    func personalDataIsRecognised(_ id: String, _ expected: IdentifierCheck.Finding) {
        #expect(IdentifierCheck.check(id) == expected, "\(id)")
    }

    @Test(arguments: ["case-001", "K2026-0012", "123456789", "dossier 2026/17", "huishouden 4", "A", "gm0363-test", "12345678"])
    func caseLabelsPass(_ id: String) {
        #expect(IdentifierCheck.check(id) == nil, "\(id): \(IdentifierCheck.check(id).map(\.rawValue) ?? "")")
    }

    @Test func theElevenTest() {
        #expect(IdentifierCheck.passesElevenTest([1, 1, 1, 2, 2, 2, 3, 3, 3]))
        #expect(!IdentifierCheck.passesElevenTest([1, 2, 3, 4, 5, 6, 7, 8, 9]))
        #expect(!IdentifierCheck.passesElevenTest([0, 0, 0, 0, 0, 0, 0, 0, 0]))
    }

    @Test func longIdsAreRefused() {
        #expect(IdentifierCheck.check(String(repeating: "x", count: 65)) == .tooLong)
        #expect(IdentifierCheck.check(String(repeating: "x", count: 64)) == nil)
    }

    /// The fast path for plain labels never passes what the full check would refuse: every
    /// string over a small alphabet of digits, letters, capitals, separators and '@', up to
    /// length 10, sampled deterministically, and lengths around the limit.
    @Test func theFastPathAgreesWithTheFullCheck() {
        let alphabet = Array("0123456789-_aZAB x@.+,")
        var state: UInt64 = 0x1D_C0DE
        var mismatches: [String] = []
        for _ in 0..<60_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 11 + 1
            var id = ""
            for k in 0..<length {
                // Mostly digits, so BSN, phone and postcode shapes come up often.
                let r = Int((state >> UInt64(k * 5 % 59)) & 0x1F)
                id.append(r < 14 ? alphabet[r % 10] : alphabet[r % alphabet.count])
            }
            if IdentifierCheck.check(id) != IdentifierCheck.fullCheck(id) { mismatches.append(id) }
        }
        for n in [63, 64, 65] {
            let id = String(repeating: "a1", count: n / 2) + (n % 2 == 1 ? "b" : "")
            if IdentifierCheck.check(id) != IdentifierCheck.fullCheck(id) { mismatches.append(id) }
        }
        for id in ["1234AB5", "1234-5678", "12345678", "0612345678", "case-1234-5678", "K2026-0012", "ab_12-34-56-78"] {
            if IdentifierCheck.check(id) != IdentifierCheck.fullCheck(id) { mismatches.append(id) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
