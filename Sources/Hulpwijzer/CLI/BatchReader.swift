#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a batch input into chunks of records, in input order, each with its line number:
/// JSON Lines streamed chunk by chunk; a JSON array of households, or CSV with a column
/// mapping, read whole (up to `Terminal.inputLimit`).
final class BatchReader {
    /// How the input is written.
    enum Kind: String, CaseIterable {
        /// One JSON object per line.
        case jsonl
        /// One JSON array of household objects.
        case json
        /// CSV with a header row, mapped to contract fields by `BatchColumns`.
        case csv
    }

    /// The longest line of JSON Lines read; a longer one is an error record (memory stays bounded).
    static let maxLine = InputLimits.householdBytes
    /// Records per chunk for inputs read whole.
    static let recordsPerChunk = 4096

    private let source: BatchSource
    private var kind: Kind?
    private let columns: BatchColumns
    private var pending: [UInt8] = []
    private var skipping = false
    private var line = 1
    private var whole: BatchChunk?
    private var wholeAt = 0
    private var finished = false

    init(source: BatchSource, kind: Kind?, columns: BatchColumns) {
        self.source = source
        self.kind = kind
        self.columns = columns
    }

    /// The next chunk, nil at the end of the input.
    func next() throws(InputError) -> BatchChunk? {
        if kind == nil {
            guard let first = try source.next() else { return nil }
            pending = first
            let start = first.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let lead = first[start...].first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            kind = lead == UInt8(ascii: "[") ? .json : .jsonl
        }
        switch kind! {
        case .jsonl: return try nextLines()
        case .json, .csv: return try nextWhole()
        }
    }

    // MARK: JSON Lines

    private func nextLines() throws(InputError) -> BatchChunk? {
        while !finished {
            var buffer: [UInt8]
            if let more = try source.next(after: pending) {
                buffer = more
            } else {
                buffer = pending
                finished = true
            }
            pending = []
            var end = buffer.count
            if !finished {
                guard let nl = lastNewline(buffer) else {
                    // The rest of a line already reported as too long is dropped, not kept.
                    pending = skipping ? [] : buffer
                    if pending.count > Self.maxLine { return overlong() }
                    continue
                }
                end = nl + 1
                pending = Array(buffer[end...])
                buffer.removeSubrange(end...)
            }
            let chunk = split(buffer)
            if !chunk.records.isEmpty { return chunk }
        }
        return nil
    }

    /// A line longer than `maxLine`: one error record; its remaining bytes are skipped.
    private func overlong() -> BatchChunk {
        let record = BatchRecord(line: line, body: .failure([HouseholdError.Problem(
            path: "", message: "het huishouden is groter dan \(Self.maxLine >> 20) MB; de regel is langer dan hulpwijzer in één keer leest (zie docs/grenzen.md)")]))
        pending = []
        skipping = true
        return BatchChunk(storage: [], records: [record])
    }

    private func lastNewline(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return nil }
            var i = b.count - 1
            while i >= 0 {
                if base[i] == 0x0A { return i }
                i -= 1
            }
            return nil
        }
    }

    /// Complete lines of JSON Lines into records; blank lines count but give no record.
    private func split(_ buffer: [UInt8]) -> BatchChunk {
        var records: [BatchRecord] = []
        records.reserveCapacity(buffer.count / 400 + 1)
        buffer.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var start = 0
            while start < b.count {
                let rest = b.count - start
                let hit = memchr(base + start, 0x0A, rest)
                let end = hit.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
                var stop = end
                if stop > start, base[stop - 1] == 0x0D { stop -= 1 }
                if skipping {
                    skipping = false
                } else if stop - start > Self.maxLine {
                    records.append(BatchRecord(line: line, body: .failure([HouseholdError.Problem(
                        path: "", message: "het huishouden is groter dan \(Self.maxLine >> 20) MB; de regel is langer dan hulpwijzer in één keer leest (zie docs/grenzen.md)")])))
                } else {
                    var k = start
                    while k < stop, base[k] == 0x20 || base[k] == 0x09 { k += 1 }
                    if line == 1, stop - k >= 3, base[k] == 0xEF, base[k + 1] == 0xBB, base[k + 2] == 0xBF { k += 3 }
                    if k < stop { records.append(BatchRecord(line: line, body: .bytes(k..<stop))) }
                }
                line += 1
                start = end + 1
            }
        }
        return BatchChunk(storage: buffer, records: records)
    }

    // MARK: Whole documents

    private func nextWhole() throws(InputError) -> BatchChunk? {
        if whole == nil {
            let bytes = pending + (try source.all(limit: Terminal.inputLimit - pending.count))
            pending = []
            whole = kind == .csv ? try columns.records(bytes) : try BatchJSONArray.records(bytes)
        }
        guard let all = whole, wholeAt < all.records.count else { return nil }
        let end = min(all.records.count, wholeAt + Self.recordsPerChunk)
        defer { wholeAt = end }
        return BatchChunk(storage: all.storage, records: Array(all.records[wholeAt..<end]))
    }
}
