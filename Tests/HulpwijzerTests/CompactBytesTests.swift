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

/// The buffer behaves as a value: a copy does not see later writes, and it grows as needed.
@Suite struct CompactBytesStorageTests {
    @Test func aCopyIsIndependent() {
        var a = CompactBytes()
        a.append("x")
        var b = a
        b.append("y")
        a.append(byte: UInt8(ascii: "z"))
        #expect(a.text == "xz" && b.text == "xy")
    }

    @Test(arguments: [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min])
    func integersAreWrittenAsSwiftWritesThem(_ v: Int) {
        var out = CompactBytes()
        out.append(int: v)
        #expect(out.text == String(v))
    }

    @Test func itGrowsFromNothing() {
        var out = CompactBytes()
        var expected = ""
        for k in 0..<5_000 {
            out.append(int: k)
            out.append(jsonString: "p\(k % 7)")
            expected += "\(k)\"p\(k % 7)\""
        }
        #expect(out.text == expected && out.count == expected.utf8.count && out.bytes == Array(expected.utf8))
    }
}

/// The word-at-a-time escape check agrees with the byte-by-byte rule for every byte value at
/// every place in a word and in the tail, and on random texts.
@Suite struct EscapeCheckTests {
    static func naive(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }

    @Test func everyByteAtEveryPlace() {
        var checked = 0
        for length in [1, 7, 8, 9, 15, 16, 17, 23] {
            for place in 0..<length {
                for b in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[place] = UInt8(b)
                    let fast = bytes.withUnsafeBufferPointer(JSONWriter.needsEscaping)
                    #expect(fast == Self.naive(bytes), "byte \(b) at \(place) of \(length)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20_000)
    }

    @Test func randomTexts() {
        var state: UInt64 = 7
        var escaped = 0
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            let bytes = (0..<length).map { k in UInt8(truncatingIfNeeded: (state >> UInt64(k % 56)) &* 0x9E37_79B9 >> 24) }
            let fast = bytes.withUnsafeBufferPointer(JSONWriter.needsEscaping)
            #expect(fast == Self.naive(bytes))
            if fast { escaped += 1 }
        }
        #expect(escaped > 1_000 && escaped < 19_000)
    }
}
