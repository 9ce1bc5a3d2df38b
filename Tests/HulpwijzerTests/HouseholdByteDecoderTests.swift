import Foundation
import Testing
@testable import Hulpwijzer

/// The byte decoder is a fast path: whatever it accepts must be exactly the household that
/// `JSONParser` + `HouseholdDecoder` produce, and whatever the full path rejects it must leave
/// to the full path (so the error message, field path and suggestion stay the same).
@Suite struct HouseholdByteDecoderTests {
    enum Answer: Equatable {
        case household(Household)
        case problems([String])
    }

    /// The full path, without the fast path in front of it.
    static func full(_ bytes: [UInt8]) -> Answer {
        do {
            return .household(try HouseholdDecoder.decode(try HouseholdDecoder.parse(bytes: bytes)))
        } catch {
            return .problems(error.problems.map(\.description))
        }
    }

    /// The public entry point (fast path first).
    static func entry(_ bytes: [UInt8]) -> Answer {
        do {
            return .household(try HouseholdDecoder.decode(bytes: bytes))
        } catch {
            return .problems(error.problems.map(\.description))
        }
    }

    /// Checks one input; true when the fast path took it.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let full = full(bytes)
        let fast = HouseholdByteDecoder.decode(bytes)
        if let fast {
            #expect(full == .household(fast), "fast path differs for \(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        }
        #expect(entry(bytes) == full, "entry point differs for \(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        return fast != nil
    }

    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ list: [T]) -> T { list[int(list.count)] }
    }

    /// A generated household touching every contract field, with nulls, fractions and
    /// empty lists; every value is valid.
    static func generated(_ r: inout Random) -> String {
        func number(_ r: inout Random) -> String {
            r.pick(["0", "12", "1400", "741.66", "0.5", "99999.99", "null", "2500.125", "-0"])
        }
        func person(_ r: inout Random) -> String {
            var parts = [#""leeftijd": \#(r.int(100))"#, #""rechtmatig_verblijf": \#(r.pick(["true", "false", "null"]))"#,
                         #""werk_uren_per_week": \#(r.pick(["0", "16", "32.5", "null"]))"#,
                         #""onderwijs": \#(r.pick(["\"geen\"", "\"mbo\"", "\"wo\"", "null"]))"#,
                         #""uitkeringen": \#(r.pick(["[]", "[\"bijstand\"]", "[\"aow\", \"ww\"]", "null"]))"#,
                         #""geboortedatum": \#(r.pick(["\"1980-02-29\"", "\"2001-12-31\"", "null"]))"#,
                         #""arbeidsongeschikt_procent": \#(r.pick(["0", "35", "100"]))"#, #""zelfstandige": false"#,
                         #""aow_jaren_verzekerd": \#(r.int(51))"#, #""chronisch_ziek_of_beperking": true"#,
                         #""studiefinanciering": false"#, #""zorgverzekerd": true"#]
            parts = parts.filter { _ in r.int(3) != 0 }
            return "{" + parts.joined(separator: ", ") + "}"
        }
        var parts: [String] = []
        if r.int(2) == 0 { parts.append(#""id": "dossier-\#(r.int(100000))""#) }
        if r.int(2) == 0 { parts.append(#""peildatum": "2026-0\#(1 + r.int(9))-01""#) }
        if r.int(2) == 0 { parts.append(#""gemeente": \#(r.pick(["\"GM0363\"", "\"Rotterdam\"", "\"’s-Hertogenbosch\"", "null"]))"#) }
        parts.append(#""aanvrager": \#(person(&r))"#)
        parts.append(#""partner": \#(r.int(3) == 0 ? "null" : person(&r))"#)
        let kids = (0..<r.int(4)).map { _ in
            #"{"leeftijd": \#(r.int(18)), "thuiswonend": \#(r.pick(["true", "false"])), "onderwijs": \#(r.pick(["\"basisschool\"", "\"vo\"", "null"])), "kinderopvang_uren_per_maand": \#(r.pick(["0", "40", "120.5", "null", "744"])), "geboortedatum": "2015-06-30"}"#
        }
        parts.append(#""kinderen": \#(r.int(5) == 0 ? "null" : "[" + kids.joined(separator: ",") + "]")"#)
        if r.int(2) == 0 {
            parts.append(#""medebewoners": [{"leeftijd": 22, "relatie": "\#(r.pick(["kind", "huurder"]))", "student": true, "commerciele_huur": false, "inkomen_bruto_per_jaar": \#(number(&r))}]"#)
        }
        parts.append(#""woning": {"soort": "\#(r.pick(["huur", "koop", "dakloos"]))", "zelfstandig": true, "kale_huur_per_maand": \#(number(&r)), "servicekosten_per_maand": 40, "overwaarde": -2000}"#)
        parts.append(#""inkomen": {"netto_per_maand": \#(number(&r)), "toetsingsinkomen_per_jaar": \#(r.pick(["-500", "18500", "null"])), "maanden_laag_inkomen": 40}"#)
        parts.append(#""vermogen": {"totaal": \#(r.pick(["-1200.5", "900", "null"])), "auto_waarde": 0, "peildatum_1_januari": 300}"#)
        parts.append(#""schulden": {"totaal": 14000, "problematisch": true, "beslag": false, "in_schuldhulp": null, "wsnp": false, "aantal_schuldeisers": 7}"#)
        if r.int(2) == 0 { parts.append(#""ontvangt": \#(r.pick(["[]", "[\"zorgtoeslag\", \"huurtoeslag\"]", "null"]))"#) }
        // Keys in any order: the decoder must not depend on it.
        for k in stride(from: parts.count - 1, to: 0, by: -1) { parts.swapAt(k, r.int(k + 1)) }
        return "{" + parts.joined(separator: r.pick([", ", ",", " ,\n\t"])) + "}"
    }

    @Test func fixtureHouseholdsDecodeTheSameBothWays() throws {
        let cases = try FixtureCases.all()
        var fast = 0
        for c in cases {
            for indent in [false, true] {
                if Self.agree(Array(JSONWriter.write(c.household, indent: indent).utf8)) { fast += 1 }
            }
        }
        #expect(cases.count > 100)
        // Nearly every fixture is a plain valid household; those that are not (an unknown field,
        // a typo on purpose) are left to the full decoder.
        #expect(fast * 10 >= cases.count * 2 * 9)
    }

    @Test func contractExamplesDecodeTheSameBothWays() throws {
        let dir = TestSupport.root.appendingPathComponent("voorbeelden")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            let taken = Self.agree([UInt8](try Data(contentsOf: dir.appendingPathComponent(file))))
            #expect(taken, "\(file)")
        }
    }

    @Test func generatedHouseholdsTakeTheFastPath() {
        var r = Random(state: 11)
        for _ in 0..<2_000 {
            let json = Self.generated(&r)
            let taken = Self.agree(Array(json.utf8))
            #expect(taken, "not taken: \(json)")
        }
    }

    @Test func mutatedLinesGiveTheSameHouseholdOrTheSameError() {
        var r = Random(state: 42)
        let alphabet = Array(#"{}[],:"\ -.0123456789eEtrufalsn"#.utf8) + [0x09, 0x0A, 0x00, 0xC3, 0xFF]
        var taken = 0, total = 0
        for _ in 0..<400 {
            let base = Array(Self.generated(&r).utf8)
            for _ in 0..<10 {
                var m = base
                for _ in 0...r.int(2) {
                    let at = r.int(m.count)
                    switch r.int(5) {
                    case 0: m.remove(at: at)
                    case 1: m.insert(r.pick(alphabet), at: at)
                    case 2: m[at] = r.pick(alphabet)
                    case 3: m.insert(contentsOf: m[at..<min(m.count, at + 1 + r.int(12))], at: at)
                    default: if m[at] >= 48 && m[at] <= 57 { m.insert(contentsOf: Array("0000000000000000".utf8.prefix(1 + r.int(16))), at: at) } else { m[at] = 0x22 }
                    }
                    if m.isEmpty { m = [0x20] }
                }
                total += 1
                if Self.agree(m) { taken += 1 }
            }
        }
        // Some mutations still give a valid household (a changed digit); most do not.
        #expect(taken > 0 && taken < total)
    }

    @Test func edgeCasesAreLeftToTheFullDecoder() {
        let inputs = [
            #"{"id": "a\"b"}"#, #"{"id": "\u0041"}"#, #"{"i\u0064": "x"}"#, #"{"id": "x", "id": "y"}"#,
            #"{"aanvrager": {"leeftijd": 1e1}}"#, #"{"aanvrager": {"leeftijd": 01}}"#, #"{"aanvrager": {"leeftijd": 4.5}}"#,
            #"{"aanvrager": {"leeftijd": 131}}"#, #"{"aanvrager": {"leeftijd": -1}}"#, #"{"inkomen": {"netto_per_maand": 1000000001}}"#,
            #"{"aanvrager": {"uitkeringen": ["bijstnd"]}}"#, #"{"aanvrager": {"uitkeringen": ["pensioen"]}}"#,
            #"{"kinderen": [null]}"#, #"{"kinderen": {}}"#, #"{"woning": {"soort": "Huur"}}"#, #"{"peildatum": "2026-02-30"}"#,
            #"{"onbekend": 1}"#, "[]", "", "{", #"{"id": "x"} x"#, "\u{FEFF}{}", #"{"aanvrager": {"leeftijd": 12345678901234567}}"#,
            #"{"gemeente": "\#(String(repeating: "a", count: 101))"}"#, #"{"id": "\#(String(repeating: "é", count: 150))"}"#,
            #"{"aanvrager": {"leeftijd": 40,}}"#, #"{"aanvrager": {"leeftijd": tru}}"#, #"{"aanvrager": {"leeftijd": nul}}"#,
            #"{"partner": {}, "kinderen": null, "medebewoners": null, "ontvangt": null, "woning": null, "aanvrager": null}"#,
            #"  {"aanvrager": {"leeftijd": -0, "werk_uren_per_week": 0.000000000000001}}  "#,
        ]
        for json in inputs { Self.agree(Array(json.utf8)) }
        #expect(HouseholdByteDecoder.decode(Array(#"{"id": "x", "id": "y"}"#.utf8)) == nil)
        #expect(HouseholdByteDecoder.decode(Array(#"{"partner": {}, "kinderen": null}"#.utf8)) != nil)
    }

    /// Strings are scanned eight bytes at a time: a quote, backslash or control byte at any
    /// offset (also across the eight-byte steps, and next to multi-byte UTF-8) must be found.
    @Test func stringsEndOrEscapeAtEveryOffset() {
        let specials: [String] = [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "\t", "\u{1}", "\u{1F}"]
        for length in 1..<20 {
            for filler in ["a", "é"] {
                let plain = String(repeating: filler, count: length)
                #expect(Self.agree(Array(#"{"id": "\#(plain)"}"#.utf8)))
                for special in specials {
                    for at in 0...length {
                        let text = String(repeating: filler, count: at) + special + String(repeating: filler, count: length - at)
                        // Escapes and control bytes leave the line to the full decoder (its error, or the same id).
                        #expect(!Self.agree(Array(#"{"id": "\#(text)"}"#.utf8)))
                    }
                }
            }
        }
        // Word-wise test against the byte-wise one, on every byte in every position.
        for b in 0...255 {
            for at in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[at] = UInt8(b)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(HouseholdByteDecoder.Scanner.special(word) == (b == 0x22 || b == 0x5C || b < 0x20))
            }
        }
    }
}
