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
}
