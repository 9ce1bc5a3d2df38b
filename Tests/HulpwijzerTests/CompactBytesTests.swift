import Testing
@testable import Hulpwijzer

/// The batch byte writer writes what the `String` paths would have written.
@Suite struct CompactBytesTests {
    @Test(arguments: [(2026, 3, 1), (2025, 12, 31), (999, 1, 9), (2030, 10, 10)])
    func aDayIsWrittenAsItsDescription(_ y: Int, _ m: Int, _ d: Int) throws {
        let day = try #require(Day(year: y, month: m, day: d))
        var out = CompactBytes()
        out.append(day: day)
        #expect(out.text == day.description)
    }

    @Test(arguments: [("zorgtoeslag", #""zorgtoeslag""#), ("a\"b", #""a\"b""#), ("regel\nnieuw", #""regel\nnieuw""#),
                      ("tab\there", #""tab\there""#), ("back\\slash", #""back\\slash""#), ("\u{1}", #""\u0001""#), ("é€", #""é€""#)])
    func jsonStringsAreEscaped(_ s: String, _ expected: String) {
        var out = CompactBytes()
        out.append(jsonString: s)
        #expect(out.text == expected, "\(s)")
    }
}
