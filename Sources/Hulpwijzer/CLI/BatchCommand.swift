import Foundation

/// `hulpwijzer batch`: evaluate a file of households — JSON Lines, a JSON array or CSV with a
/// column mapping — for example a whole caseload of anonymized cases. Every input row gives
/// exactly one output row or error record, in input order, with its line number; no row is dropped.
enum BatchCommand {
    /// The options of one run.
    struct Choices {
        var file: String?
        var renderer: any Renderer.Type = Renderers.formats(.lines)[0]
        var rows = CompactOptions()
        var defaultDay: Day?
        var categories = Set<Category>()
        var input: BatchReader.Kind?
        var columns: String?
        var report: String?
        var allowIdentifiers = false
    }

    static let optionNames = ["--format", "--alle", "--gemist", "--ook-mogelijk", "--peildatum", "--categorie", "--invoer",
                              "--kolommen", "--rapport", "--sta-id-toe", "--help"]

    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        guard let c = try parse(args) else {
            terminal.out(help())
            return ExitCode.success
        }
        guard let file = c.file else { throw UsageError(message: "geef een invoerbestand met huishoudens (JSON Lines, een JSON-lijst of CSV), of - voor standaardinvoer", command: "batch") }
        if c.rows.missedIncludesPossible && !c.rows.onlyMissed {
            throw UsageError(message: "--ook-mogelijk hoort bij --gemist", command: "batch")
        }
        let columns = try BatchColumns(spec: c.columns)
        let kind = c.input ?? (file.lowercased().hasSuffix(".csv") || c.columns != nil ? .csv : nil)
        let source: BatchSource
        if file == "-" {
            source = terminal.inputDescriptor.map { BatchSource(descriptor: $0, name: "standaardinvoer") } ?? BatchSource(bytes: terminal.readInput())
        } else {
            source = try BatchSource(path: file)
        }
        let catalogue = try load()
        var rows = c.rows
        let format = BatchFormats.format(for: c.renderer)
        let version = format == CompactRenderer.self || c.report != nil ? BatchCatalogueVersion.of(directory: catalogue.directory) : ""
        if format == CompactRenderer.self { rows.catalogue = version }
        let pipeline = BatchPipeline(engine: Engine(catalogue: catalogue),
                                     options: Engine.Options(defaultPeildatum: c.defaultDay ?? terminal.today(), categories: c.categories),
                                     format: format, rows: rows, tallying: c.report != nil,
                                     allowIdentifiers: c.allowIdentifiers, terminal: terminal)
        let summary = try pipeline.run(BatchReader(source: source, kind: kind, columns: columns))
        if summary.identifierCount > 0 {
            var text = ""
            for (line, finding) in summary.identifierLines {
                text += "regel \(line): de id lijkt \(finding.description); een id is een dossierkenmerk zonder persoonsgegevens\n"
            }
            if summary.identifierCount > summary.identifierLines.count {
                text += "… en nog \(summary.identifierCount - summary.identifierLines.count) regels met zo'n id\n"
            }
            text += "batch gestopt: \(summary.identifierCount) \(summary.identifierCount == 1 ? "id lijkt" : "id's lijken") persoonsgegevens; de uitvoer is onvolledig. Vervang ze door dossierkenmerken, of geef --sta-id-toe als u zeker weet dat het geen persoonsgegevens zijn.\n"
            terminal.err(text)
            return ExitCode.badInput
        }
        if let report = c.report {
            let html = CaseloadReport.html(summary.tally, catalogue: version, day: c.defaultDay ?? terminal.today())
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: report))
            } catch {
                throw InputError(message: "rapport \(Quoted.text(report)) is niet te schrijven (\(error.localizedDescription))")
            }
        }
        let total = summary.evaluated + summary.failed
        // A blank line is no household: it gives no row, but it is not dropped silently.
        let blank = max(0, summary.lastLine - total)
        terminal.err("\(total) \(total == 1 ? "regel" : "regels") gelezen: \(summary.evaluated) getoetst, \(summary.failed) met een fout"
                     + (blank > 0 ? ", \(blank) lege \(blank == 1 ? "regel" : "regels") overgeslagen.\n" : ".\n"))
        return summary.failed > 0 ? ExitCode.badInput : ExitCode.success
    }

    /// The choices of the arguments; nil for `--help`.
    static func parse(_ args: [String]) throws(UsageError) -> Choices? {
        var list = ArgumentList(args, command: "batch")
        var c = Choices()
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                return nil
            case "--format":
                let v = try list.value(for: name, inline: inline)
                guard let r = Renderers.named(v, for: .lines) else {
                    throw UsageError(message: Renderers.unknown(v, for: .lines), command: "batch")
                }
                c.renderer = r
            case "--alle": c.rows.includeNo = true
            case "--gemist": c.rows.onlyMissed = true
            case "--ook-mogelijk": c.rows.missedIncludesPossible = true
            case "--sta-id-toe": c.allowIdentifiers = true
            case "--peildatum":
                let v = try list.value(for: name, inline: inline)
                guard let d = Day(v) else { throw UsageError(message: "--peildatum verwacht een datum JJJJ-MM-DD, niet \"\(v)\"", command: "batch") }
                c.defaultDay = d
            case "--categorie":
                c.categories.insert(try ArgumentList.category(try list.value(for: name, inline: inline), command: "batch"))
            case "--invoer":
                let v = try list.value(for: name, inline: inline)
                guard let k = BatchReader.Kind(rawValue: v) else {
                    throw UsageError(message: "--invoer kent \(BatchReader.Kind.allCases.map(\.rawValue).joined(separator: ", ")), niet \"\(v)\"", command: "batch")
                }
                c.input = k
            case "--kolommen": c.columns = try list.value(for: name, inline: inline)
            case "--rapport": c.report = try list.value(for: name, inline: inline)
            default:
                if name.hasPrefix("-") && name != "-" {
                    throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: optionNames))", command: "batch")
                }
                guard c.file == nil else { throw UsageError(message: "geef één invoerbestand (of - voor standaardinvoer)", command: "batch") }
                c.file = arg
            }
        }
        return c
    }
}

extension BatchCommand {
    static func help() -> String {
        """
        hulpwijzer batch — toets een bestand met huishoudens (een caseload)

        Gebruik: hulpwijzer batch BESTAND|- [--format \(Renderers.usage(.lines))] [--alle] [--gemist [--ook-mogelijk]] [--peildatum JJJJ-MM-DD]
               [--categorie NOOD] [--invoer jsonl|json|csv] [--kolommen KOLOM=VELD,…] [--rapport RAPPORT.html] [--sta-id-toe]

        Invoer: JSON Lines (één huishouden per regel), een JSON-lijst van huishoudens, of CSV met een kopregel
        (.csv of --invoer csv). Elk huishouden geeft precies één resultaat, in dezelfde volgorde, met "regel":
        het regelnummer in de invoer. Een huishouden met een fout geeft een foutregel en een melding op
        standaardfout met het regelnummer. Lege regels worden overgeslagen. Exitcode 1 als minstens één regel een fout had.

        \(Renderers.helpLine(.lines, width: 22))
          --alle                ook de regelingen met 'nee'
          --gemist              alleen geld dat het huishouden mist: regelingen met 'ja' die het niet al ontvangt
                                (zie "ontvangt"), zonder beschermingen, diensten en geld dat vanzelf komt
          --ook-mogelijk        met --gemist: ook de regelingen met 'mogelijk'
          --peildatum DATUM     voor huishoudens zonder eigen peildatum (standaard vandaag)
          --categorie NOOD      alleen regelingen voor deze nood (herhaalbaar)
          --invoer SOORT        jsonl, json (een lijst) of csv; standaard: csv voor .csv, anders naar de eerste teken
          --kolommen K=V,…      CSV: welke kolom welk veld is (leeftijd=aanvrager.leeftijd,huur=woning.kale_huur_per_maand);
                                een kolom die zelf een veld noemt (aanvrager.leeftijd) hoeft niet; ook partner (ja/nee),
                                kinderen en medebewoners (leeftijden, "3 8", of geen)
          --rapport BESTAND     schrijf een overzicht van de caseload als één HTML-pagina (zonder id's)
          --sta-id-toe          een id die op een BSN, naam, adres, postcode, e-mailadres of telefoonnummer lijkt
                                geeft alleen een waarschuwing (standaard: de batch stopt)

        Voorbeeld: wie in de caseload mist geld, en hoeveel?
          hulpwijzer batch caseload.jsonl --gemist --format csv --rapport rapport.html > gemist.csv

        """
    }
}
