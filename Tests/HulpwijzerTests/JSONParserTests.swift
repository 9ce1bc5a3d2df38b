import Testing
@testable import Hulpwijzer

@Suite struct JSONParserTests {
    @Test func parsesAllValueKinds() throws {
        let v = try JSONParser.parse(#"{"a": [1, -2.5e2, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"#)
        guard case .object(let o) = v, case .array(let a)? = o["a"] else { Issue.record("not an object"); return }
        #expect(a == [.number(1), .number(-250), .bool(true), .bool(false), .null, .string("x\né😀")])
        #expect(o.keys == ["a", "b"])
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7),
        ("{\"a\": 1,}", 1, 9),
        ("[1, 2", 1, 6),
        ("{\"a\": tru}", 1, 7),
        ("{\"a\": 01}", 1, 7),
        ("{\"a\": 1.}", 1, 9),
        ("\"open", 1, 1),
        ("{} x", 1, 4),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected a syntax error for \(text)")
        } catch {
            #expect(error.line == line, "\(text): \(error)")
            #expect(error.column == column, "\(text): \(error)")
            #expect(error.description.hasPrefix("ongeldige JSON op regel \(line), kolom \(column)"))
        }
    }

    @Test func rejectsDuplicateKeysAndDeepNesting() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a": 1, "a": 2}"#) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(String(repeating: "[", count: 10_000)) }
    }

    @Test func writerIsStableAndRoundTrips() throws {
        let text = #"{"b": [1, 2.5, "é"], "a": {"x": null, "y": true}}"#
        let v = try JSONParser.parse(text)
        let once = JSONWriter.write(v)
        #expect(try JSONParser.parse(once) == v)
        #expect(JSONWriter.write(try JSONParser.parse(once)) == once)
        #expect(JSONWriter.formatNumber(129) == "129")
        #expect(JSONWriter.formatNumber(741.66) == "741.66")
        #expect(JSONWriter.formatNumber(-0.5) == "-0.5")
    }

    /// Random byte strings and mutations of valid documents never crash the parser.
    @Test func neverCrashesOnGeneratedInput() {
        var rng = SplitMix(seed: 42)
        let seed = Array(#"{"aanvrager": {"leeftijd": 34, "uitkeringen": ["bijstand"]}, "partner": null, "kinderen": [{"leeftijd": 4}]}"#.utf8)
        let alphabet = Array(#"{}[]:,"\ 0123456789.eE+-truefalsn\u"#.utf8) + [0xC3, 0xA9, 0xFF, 0x00, 0x0A]
        for _ in 0..<5_000 {
            var bytes = seed
            for _ in 0..<Int(rng.next() % 6 + 1) {
                let i = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: i)
                default: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
                }
                if bytes.isEmpty { bytes = [0x7B] }
            }
            _ = try? JSONParser.parse(bytes)
            _ = try? HouseholdDecoder.decode(bytes: bytes)
        }
    }
}

/// A small deterministic random generator for generated-input tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
