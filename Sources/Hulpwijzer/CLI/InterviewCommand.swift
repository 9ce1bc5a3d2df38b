import Foundation

/// `hulpwijzer vraag`: a short interview. Starting from what is known (a file and/or the
/// options of `check`), it asks the municipality when unknown, then the question that settles
/// the most (with the money facts early, see `InterviewSession`), one at a time, until nothing
/// open remains, `--max` questions are asked, the counsellor types `klaar` or the input ends;
/// it says which. Then it prints the overview of `check` and, with `--bewaar`, saves the household.
enum InterviewCommand {
    /// Why the interview stopped.
    enum Stop: Equatable {
        case nothingLeft(skipped: Int), limit(Int), klaar, endOfInput

        /// The Dutch sentence that says so.
        var sentence: String {
            switch self {
            case .nothingLeft(let skipped):
                let note = skipped == 0 ? "" : skipped == 1 ? " (1 vraag is overgeslagen)" : " (\(skipped) vragen zijn overgeslagen)"
                return "Klaar: er zijn geen vragen meer die de uitkomst nog veranderen\(note)."
            case .limit(let n): return "Gestopt na \(n) \(n == 1 ? "vraag" : "vragen"): dat is het maximum (meer vragen met --max)."
            case .klaar: return "Gestopt op uw verzoek ('klaar')."
            case .endOfInput: return "Gestopt: er komen geen antwoorden meer (einde van de invoer)."
            }
        }
    }

    static let commandWords = "Enter of 'onbekend' = overslaan, '?' = waarom deze vraag, 'terug' = vorige antwoord terugnemen, 'klaar' = stoppen."

    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var maxQuestions = 12
        var savePath: String?
        var rest: [String] = []
        var list = ArgumentList(args, command: "vraag")
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                terminal.out(help())
                return ExitCode.success
            case "--max":
                let v = try list.value(for: name, inline: inline)
                guard let n = Int(v), n >= 0 else { throw UsageError(message: "--max verwacht een aantal vragen, niet \(Quoted.text(v))", command: "vraag") }
                maxQuestions = n
            case "--bewaar":
                savePath = try checkedSavePath(try list.value(for: name, inline: inline))
            default:
                rest.append(arg)
            }
        }
        let setup = try CheckCommand.parse(rest, terminal: terminal, command: "vraag")
        if setup.showHelp {
            terminal.out(help())
            return ExitCode.success
        }
        let engine = Engine(catalogue: try load())
        let options = Engine.Options(defaultPeildatum: terminal.today(), categories: setup.categories)
        var session: InterviewSession
        do {
            session = try InterviewSession(setup.household) { (o: JSONObject) throws(EvaluationError) in try engine.evaluate(o, options: options) }
        } catch {
            throw InputError(error)
        }
        terminal.out("hulpwijzer vraagt alleen wat het meest beslist.\n\(commandWords)\n")
        let stop = interview(&session, maxQuestions: maxQuestions, terminal: terminal)
        terminal.out("\n\(stop.sentence)\n\n")
        terminal.out(setup.renderer.render(session.evaluation, setup.renderOptions))
        let household = FlagPatch(session.object).inContractOrder
        if let savePath {
            let text = JSONWriter.write(.object(household)) + "\n"
            guard FileManager.default.createFile(atPath: savePath, contents: Data(text.utf8)) else {
                throw InputError(message: "het huishouden kon niet worden bewaard in \(Quoted.text(savePath)) (mag er in die map geschreven worden?)")
            }
            if setup.renderer.forPeople { terminal.out("\nHet huishouden is bewaard in \(savePath); opnieuw toetsen: hulpwijzer check \(savePath)\n") }
        } else if setup.renderer.forPeople {
            terminal.out("\nHet huishouden zoals nu bekend (voor 'hulpwijzer check'):\n\(JSONWriter.write(.object(household), indent: false))\n")
        }
        return ExitCode.success
    }

    /// Asks until there is nothing left, the limit, `klaar` or the end of the input.
    static func interview(_ session: inout InterviewSession, maxQuestions: Int, terminal: Terminal) -> Stop {
        while true {
            guard session.asked < maxQuestions else { return .limit(session.asked) }
            guard let pending = session.next() else { return .nothingLeft(skipped: session.skipped.count) }
            let settles = pending.question.map { q in q.schemes.count == 1 ? "beslist mee over 1 regeling" : "beslist mee over \(q.schemes.count) regelingen" }
            terminal.out("\nVraag \(session.asked + 1): \(FieldLabels.label(for: pending.field).capitalizedFirst) (\(pending.kind.hint))\n")
            if let settles { terminal.out("  (\(settles); ? = waarom)\n") }
            while true {
                terminal.out("> ")
                guard let line = terminal.readLine() else { return .endOfInput }
                let word = FlagValue.normalized(line)
                if word == "klaar" || word == "stop" { return .klaar }
                if word == "?" || word == "waarom" {
                    terminal.out("  \(session.explanation(of: pending))\n")
                    continue
                }
                if word == "terug" {
                    if let field = session.undo() {
                        terminal.out("  Teruggenomen: \(FieldLabels.label(for: field)).\n")
                    } else {
                        terminal.out("  Er is nog geen antwoord om terug te nemen.\n")
                        continue
                    }
                    break
                }
                if word.isEmpty || FlagValue.isUnknown(line) {
                    session.skip(pending.field)
                    terminal.out("  Overgeslagen: dit blijft onbekend.\n")
                    break
                }
                do throws(FlagValue.Refusal) {
                    let before = session.openSchemes
                    try session.answer(pending.field, try pending.kind.parse(line))
                    let after = session.openSchemes
                    terminal.out("  Genoteerd. \(after == 1 ? "Nog 1 regeling" : "Nog \(after) regelingen") 'mogelijk'\(after == before ? "" : " (was \(before))").\n")
                    break
                } catch {
                    // A refusal that already says what to type gets no second hint.
                    let lower = error.message.lowercased()
                    let hint = lower.contains("typ ") || lower.contains("kies uit") ? "" : " Typ: \(pending.kind.hint)."
                    let end = error.message.hasSuffix("?") || error.message.hasSuffix(".") ? "" : "."
                    terminal.out("  Dat past niet: \(error.message)\(end)\(hint)\n")
                }
            }
        }
    }

    /// The `--bewaar` path, refused at once when its folder does not exist or it is a folder.
    static func checkedSavePath(_ path: String) throws(UsageError) -> String {
        var isDirectory: ObjCBool = false
        let folder = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError(message: "--bewaar: \(Quoted.text(path)) is een map; geef een bestandsnaam", command: "vraag")
        }
        if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw UsageError(message: "--bewaar: de map \(Quoted.text(folder)) bestaat niet", command: "vraag")
        }
        return path
    }

    static func help() -> String {
        """
        hulpwijzer vraag — een kort vraaggesprek: alleen de vragen die het meest beslissen

        \(CLI.usageLine("vraag"))

        Begint bij wat al bekend is (een bestand en/of de opties van 'hulpwijzer check') en vraagt eerst de
        gemeente (als die onbekend is), dan steeds het gegeven dat voor de meeste regelingen de doorslag geeft;
        om de vraag komen de geldzaken (inkomen, woonlasten, vermogen, schulden, beslag) aan de beurt.
        Antwoorden: bedragen zoals u ze typt (1.650 of € 1.650,50), ja/nee (ook j, n, jawel, klopt, niet),
        leeftijden gescheiden door spaties (4 9), 'geen', of een keuze uit de genoemde waarden.
        Een antwoord dat niet past wordt geweigerd, met wat u kunt typen; de vraag komt dan opnieuw.
          Enter of onbekend   overslaan: het gegeven blijft onbekend
          ?                   waarom deze vraag: over welke regelingen het antwoord meebeslist
          terug               het vorige antwoord terugnemen en die vraag opnieuw stellen
          klaar               stoppen
        Na afloop zegt hulpwijzer waarom het stopte en volgt het overzicht van 'check'.

          --max N             hoogstens N vragen (standaard 12)
          --bewaar PAD        bewaar het huishouden als JSON (het contract), voor 'hulpwijzer check PAD'
          huishouden-opties   wat al bekend is, zoals bij 'hulpwijzer check --help' (--leeftijd 40 --kind 5)

        """
    }
}
