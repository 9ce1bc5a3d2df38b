import Dispatch
import Foundation

/// Runs a batch: reads chunks of records, evaluates each chunk on all cores in contiguous
/// pieces, and writes the pieces in input order on a serial writer while the next chunks are
/// evaluated. At most two chunks are evaluated and one written at a time, so memory stays flat
/// however long the input.
struct BatchPipeline {
    let engine: Engine
    let options: Engine.Options
    let format: any BatchFormat.Type
    let rows: CompactOptions
    /// Count for the caseload report (`--rapport`).
    let tallying: Bool
    /// `--sta-id-toe`: an id that looks like personal data only gives a warning.
    let allowIdentifiers: Bool
    let terminal: Terminal

    /// What the run found.
    struct Summary {
        var evaluated = 0
        var failed = 0
        var tally = BatchTally()
        /// Lines whose id looks like personal data, with what it looks like (capped).
        var identifierLines: [(line: Int, finding: IdentifierCheck.Finding)] = []
        var identifierCount = 0
        /// The line number of the last household read (blank lines before it are skipped, and
        /// counted in the summary).
        var lastLine = 0
    }

    /// The most identifier findings listed on standard error.
    static let identifierLinesShown = 50

    /// The result of one piece of a chunk.
    struct Piece {
        var out = CompactBytes()
        var err = ""
        var evaluated = 0
        var failed = 0
        var tally = BatchTally()
        var identifiers: [(line: Int, finding: IdentifierCheck.Finding)] = []
    }

    /// A chunk whose pieces are on the worker threads.
    private struct InFlight {
        let chunk: BatchChunk
        let pieces: Int
        let checkOnly: Bool
        let group: DispatchGroup
        let results: Mutex<[Piece?]>

        func range(_ p: Int) -> Range<Int> {
            let count = chunk.records.count
            return (count * p / pieces)..<(count * (p + 1) / pieces)
        }
    }

    func run(_ reader: BatchReader) throws(InputError) -> Summary {
        var summary = Summary()
        let writer = DispatchQueue(label: "hulpwijzer.batch.writer")
        let written = DispatchSemaphore(value: 1)
        let header = format.header(rows)
        if !header.isEmpty { terminal.out(header.text) }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var stopped = false
        // Two chunks are evaluated at a time: a worker that is done with the older chunk's pieces
        // goes on with the newer one's instead of waiting for the other workers' last pieces.
        var evaluating: [InFlight] = []
        var next = try reader.next()
        while let chunk = next {
            if let last = chunk.records.last?.line { summary.lastLine = max(summary.lastLine, last) }
            let pieces = min(chunk.records.count, workers * 4)
            if pieces > 0 { evaluating.append(dispatch(chunk, pieces: pieces, checkOnly: stopped)) }
            // The pieces run on the worker threads while this thread reads and splits the next chunk.
            next = try reader.next()
            if evaluating.count >= 2 { finish(evaluating.removeFirst(), &summary, &stopped, writer, written) }
        }
        while !evaluating.isEmpty { finish(evaluating.removeFirst(), &summary, &stopped, writer, written) }
        writer.sync {}
        return summary
    }

    private func dispatch(_ chunk: BatchChunk, pieces: Int, checkOnly: Bool) -> InFlight {
        let f = InFlight(chunk: chunk, pieces: pieces, checkOnly: checkOnly, group: DispatchGroup(),
                         results: Mutex([Piece?](repeating: nil, count: pieces)))
        for p in 0..<pieces {
            DispatchQueue.global().async(group: f.group) { [self] in
                let piece = evaluate(f.chunk, f.range(p), checkOnly: f.checkOnly)
                f.results.withLock { $0[p] = piece }
            }
        }
        return f
    }

    /// Waits for a chunk, adds it to the summary and hands its rows to the writer, in input order.
    private func finish(_ f: InFlight, _ summary: inout Summary, _ stopped: inout Bool, _ writer: DispatchQueue, _ written: DispatchSemaphore) {
        f.group.wait()
        var done = f.results.withLock { $0 }.compactMap { $0 }
        // Sent off before an earlier chunk stopped the batch: only checked, as if sent off after.
        if stopped && !f.checkOnly { done = (0..<f.pieces).map { evaluate(f.chunk, f.range($0), checkOnly: true) } }
        var err = ""
        for piece in done {
            summary.evaluated += piece.evaluated
            summary.failed += piece.failed
            if tallying { summary.tally.merge(piece.tally) }
            summary.identifierCount += piece.identifiers.count
            let room = Self.identifierLinesShown - summary.identifierLines.count
            if room > 0 { summary.identifierLines += piece.identifiers.prefix(room) }
            err += piece.err
        }
        // Once an id looks like personal data, nothing more is written; the rest is only checked.
        if summary.identifierCount > 0 { stopped = true }
        let out = stopped ? [] : done.map(\.out)
        written.wait()
        // Each piece's own buffer is written as it is, in input order, while the next chunks are evaluated.
        writer.async { [terminal, out, err] in
            if !err.isEmpty { terminal.err(err) }
            for bytes in out where !bytes.isEmpty { bytes.withUnsafeBytes(terminal.outBytes) }
            written.signal()
        }
    }

    /// Decodes, checks and evaluates the records `range` of a chunk into one piece.
    func evaluate(_ chunk: BatchChunk, _ range: Range<Int>, checkOnly: Bool) -> Piece {
        var piece = Piece()
        piece.out = CompactBytes(capacity: range.count * 256)
        // The compact and CSV rows need no explanations: the screener gives them (the same bytes).
        var screener = format.screens ? Screener(catalogue: engine.catalogue, options: options) : nil
        // Without a report, `--gemist` rows need only the schemes that can be missed money.
        screener?.onlyMissedMoney = rows.onlyMissed && !tallying
        for k in range {
            let record = chunk.records[k]
            let household: Household
            do throws(HouseholdError) {
                household = try decode(record, chunk.storage)
            } catch {
                fail(&piece, record.line, error.problems, write: !checkOnly)
                continue
            }
            if let id = household.id, let finding = IdentifierCheck.check(id) {
                if finding == .tooLong {
                    fail(&piece, record.line, [HouseholdError.Problem(path: "id", message: "de id is \(finding.description); gebruik een kort dossierkenmerk")], write: !checkOnly)
                    continue
                }
                if !allowIdentifiers {
                    piece.identifiers.append((record.line, finding))
                    continue
                }
                piece.err += "regel \(record.line): waarschuwing: de id lijkt \(finding.description)\n"
            }
            if checkOnly { continue }
            do throws(EvaluationError) {
                if screener != nil {
                    try screener!.screen(household)
                    piece.evaluated += 1
                    if tallying { piece.tally.add(screener!.plan!.municipality, screener!.items.lazy.map(screener!.row)) }
                    let before = piece.out.count
                    format.write(screener!, household, line: record.line, rows, into: &piece.out)
                    // Room for the rest of the piece at once, sized by the first row (a compact line is
                    // 1–3 KB): growing a buffer of megabytes step by step copies it again each time.
                    if piece.evaluated == 1 { piece.out.reserveCapacity((piece.out.count - before) * range.count * 5 / 4 + 4096) }
                } else {
                    let e = try engine.evaluate(household, options: options)
                    piece.evaluated += 1
                    if tallying { piece.tally.add(e) }
                    format.write(e, line: record.line, rows, into: &piece.out)
                }
            } catch {
                switch error {
                case .household(let h): fail(&piece, record.line, h.problems, write: true)
                case .catalogue(let c):
                    fail(&piece, record.line, c.diagnostics.map { HouseholdError.Problem(path: "gemeente", message: "de catalogus is niet in orde: \($0)") }, write: true)
                }
            }
        }
        return piece
    }

    private func decode(_ record: BatchRecord, _ storage: [UInt8]) throws(HouseholdError) -> Household {
        switch record.body {
        case .bytes(let r):
            return try storage.withUnsafeBufferPointer { (b) throws(HouseholdError) -> Household in
                try HouseholdDecoder.decode(bytes: UnsafeBufferPointer(rebasing: b[r]))
            }
        case .value(let v): return try HouseholdDecoder.decode(v)
        case .failure(let problems): throw HouseholdError(problems: problems)
        }
    }

    private func fail(_ piece: inout Piece, _ line: Int, _ problems: [HouseholdError.Problem], write: Bool) {
        piece.failed += 1
        if tallying { piece.tally.addError(line: line) }
        guard write else { return }
        for p in problems { piece.err += "regel \(line): \(p)\n" }
        format.writeError(line: line, problems: problems, into: &piece.out)
    }
}
