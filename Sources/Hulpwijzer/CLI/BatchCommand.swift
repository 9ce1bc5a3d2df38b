import Dispatch
import Foundation

/// `hulpwijzer batch`: evaluate a file of households, one JSON object per line (JSONL),
/// for example a whole caseload of anonymized cases. Every input line gives exactly one
/// output line (a result or an error naming the line and field); no row is dropped.
enum BatchCommand {
    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var list = ArgumentList(args, command: "batch")
        var file: String?
        var renderer: any Renderer.Type = Renderers.formats(.lines)[0]
        var includeNo = false
        var onlyMissed = false
        var defaultDay: Day?
        var categories = Set<Category>()
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                terminal.out(help())
                return ExitCode.success
            case "--format":
                let v = try list.value(for: name, inline: inline)
                guard let r = Renderers.named(v, for: .lines) else {
                    throw UsageError(message: Renderers.unknown(v, for: .lines), command: "batch")
                }
                renderer = r
            case "--alle": includeNo = true
            case "--gemist": onlyMissed = true
            case "--peildatum":
                let v = try list.value(for: name, inline: inline)
                guard let d = Day(v) else { throw UsageError(message: "--peildatum verwacht een datum JJJJ-MM-DD, niet \"\(v)\"", command: "batch") }
                defaultDay = d
            case "--categorie":
                categories.insert(try ArgumentList.category(try list.value(for: name, inline: inline), command: "batch"))
            default:
                if name.hasPrefix("-") && name != "-" {
                    throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: ["--format", "--alle", "--gemist", "--peildatum", "--categorie", "--help"]))", command: "batch")
                }
                guard file == nil else { throw UsageError(message: "geef één invoerbestand (of - voor standaardinvoer)", command: "batch") }
                file = arg
            }
        }
        guard let file else { throw UsageError(message: "geef een invoerbestand met één huishouden (JSON) per regel, of - voor standaardinvoer", command: "batch") }
        let bytes: [UInt8]
        if file == "-" {
            bytes = terminal.readInput()
        } else {
            bytes = try InputError.reading(file)
        }
        let catalogue = try load()
        let engine = Engine(catalogue: catalogue)
        let options = Engine.Options(defaultPeildatum: defaultDay ?? terminal.today(), categories: categories)
        let lines = splitLines(bytes)
        terminal.out(renderer.header())
        var failed = 0
        var evaluated = 0
        let chunk = 2048
        var start = 0
        while start < lines.count {
            let end = min(lines.count, start + chunk)
            let results = Mutex([LineResult?](repeating: nil, count: end - start))
            let first = start
            let (r, all, missed) = (renderer, includeNo, onlyMissed)
            // Evaluate and render on all cores; print in input order.
            DispatchQueue.concurrentPerform(iterations: end - start) { k in
                let (number, line) = lines[first + k]
                let result = evaluate(line, number: number, engine: engine, options: options) { e in
                    r.render(e, RenderOptions(includeNo: all, onlyMissed: missed, line: number))
                }
                results.withLock { $0[k] = result }
            }
            let done = results.withLock { $0 }
            var out = ""
            for k in 0..<(end - start) {
                let (number, _) = lines[start + k]
                switch done[k] ?? .failure([HouseholdError.Problem(path: "", message: "niet getoetst")]) {
                case .rendered(let text):
                    evaluated += 1
                    out += text
                case .failure(let problems):
                    failed += 1
                    for p in problems { terminal.err("regel \(number): \(p)\n") }
                    out += renderer.error(line: number, problems: problems)
                }
            }
            terminal.out(out)
            start = end
        }
        terminal.err("\(evaluated + failed) regels gelezen: \(evaluated) getoetst, \(failed) met een fout.\n")
        return failed > 0 ? ExitCode.badInput : ExitCode.success
    }

    enum LineResult {
        case rendered(String)
        case failure([HouseholdError.Problem])
    }

    /// Non-empty lines with their 1-based line numbers.
    static func splitLines(_ bytes: [UInt8]) -> [(Int, ArraySlice<UInt8>)] {
        var out: [(Int, ArraySlice<UInt8>)] = []
        var number = 1
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            var line = bytes[start..<i]
            if line.last == 0x0D { line = line.dropLast() }
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { out.append((number, line)) }
            number += 1
            start = i + 1
        }
        return out
    }

    static func evaluate(_ line: ArraySlice<UInt8>, number: Int, engine: Engine, options: Engine.Options,
                         render: (Evaluation) -> String) -> LineResult {
        let household: Household
        do throws(HouseholdError) {
            household = try HouseholdDecoder.decode(bytes: Array(line))
        } catch {
            return .failure(error.problems)
        }
        do throws(EvaluationError) {
            return .rendered(render(try engine.evaluate(household, options: options)))
        } catch {
            switch error {
            case .household(let e): return .failure(e.problems)
            case .catalogue(let e): return .failure(e.diagnostics.map { HouseholdError.Problem(path: "gemeente", message: "de catalogus is niet in orde: \($0)") })
            }
        }
    }
}

extension BatchCommand {
    static func help() -> String {
        """
        hulpwijzer batch — toets een bestand met huishoudens (één JSON-object per regel)

        Usage: hulpwijzer batch BESTAND|- [--format \(Renderers.usage(.lines))] [--alle] [--gemist] [--peildatum JJJJ-MM-DD] [--categorie NOOD]

        Elke regel van de invoer geeft precies één resultaat: de JSON van 'check --format json' (met "regel"),
        of bij een fout {"regel": N, "fouten": [...]} en een melding op standaardfout met het regelnummer.
        Lege regels worden overgeslagen. Exitcode 1 als minstens één regel een fout had.

        \(Renderers.helpLine(.lines, width: 22))
          --alle                ook de regelingen met 'nee'
          --gemist              alleen regelingen met 'ja' die het huishouden niet al ontvangt (zie "ontvangt")
          --peildatum DATUM     voor huishoudens zonder eigen peildatum (standaard vandaag)
          --categorie NOOD      alleen regelingen voor deze nood (herhaalbaar)

        Voorbeeld: wie in de caseload mist een regeling?
          hulpwijzer batch caseload.jsonl --gemist --format csv > gemist.csv

        """
    }
}
