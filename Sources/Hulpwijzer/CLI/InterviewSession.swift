/// The state of one `vraag` interview: the household so far, its evaluation, and every step
/// taken (so `terug` can undo it). It chooses the next question: the municipality first when
/// it is unknown, then the questions of `Evaluation.questions` in their order, with the money
/// facts (income, housing costs, assets, debts, beslag) on every second turn, so an interview
/// reaches them early.
struct InterviewSession {
    /// One answered or skipped question, with the state before it.
    struct Step {
        let field: String
        let object: JSONObject
        let evaluation: Evaluation
        let skipped: Set<String>
    }

    /// A question to ask: the field, how its answer is read, and what it settles.
    struct Pending {
        let field: String
        let kind: InterviewAnswer.Kind
        /// The engine's question (nil for the municipality, which the engine does not rank).
        let question: Question?
    }

    /// The money facts, in the order a counsellor's intake takes them.
    static let moneyFields = ["inkomen.netto_per_maand", "woning.soort", "woning.kale_huur_per_maand", "vermogen.totaal", "schulden.beslag",
                              "schulden.problematisch", "inkomen.toetsingsinkomen_per_jaar", "schulden.totaal", "woning.servicekosten_per_maand",
                              "vermogen.peildatum_1_januari", "schulden.aantal_schuldeisers", "schulden.in_schuldhulp", "schulden.wsnp"]

    private(set) var object: JSONObject
    private(set) var evaluation: Evaluation
    private(set) var skipped: Set<String> = []
    private(set) var steps: [Step] = []
    private let evaluate: (JSONObject) throws(EvaluationError) -> Evaluation
    private let schemes: [String]

    /// Starts from a household; `evaluate` is the engine with the command's options.
    init(_ object: JSONObject, evaluate: @escaping (JSONObject) throws(EvaluationError) -> Evaluation) throws(EvaluationError) {
        self.object = object
        self.evaluate = evaluate
        evaluation = try evaluate(object)
        schemes = evaluation.outcomes.map(\.scheme.id)
    }

    /// The number of questions answered or skipped.
    var asked: Int { steps.count }

    /// The next question, or nil when no open question changes anything.
    func next() -> Pending? {
        if object["gemeente"] == nil, !skipped.contains("gemeente") {
            return Pending(field: "gemeente", kind: .municipality, question: nil)
        }
        let open = evaluation.questions.filter { !skipped.contains($0.field) && InterviewAnswer.kind(of: $0.field, schemes: schemes) != nil }
        let turn = steps.filter { $0.field != "gemeente" }.count
        let money = Self.moneyFields.lazy.compactMap { field in open.first { $0.field == field } }.first
        guard let question = turn % 2 == 1 ? money ?? open.first : open.first,
              let kind = InterviewAnswer.kind(of: question.field, schemes: schemes) else { return nil }
        return Pending(field: question.field, kind: kind, question: question)
    }

    /// Takes an answer: the household with it must be one the engine can evaluate, otherwise
    /// the answer is refused with the decoder's message.
    mutating func answer(_ field: String, _ value: JSONValue) throws(FlagValue.Refusal) {
        var candidate = InterviewAnswer.setting(object, path: field, to: value)
        if field == "woning.kale_huur_per_maand", candidate["woning"]?.objectValue?["soort"] == nil {
            candidate = InterviewAnswer.setting(candidate, path: "woning.soort", to: .string("huur"))
        }
        let next: Evaluation
        do {
            next = try evaluate(candidate)
        } catch {
            switch error {
            case .household(let e): throw FlagValue.Refusal(message: e.problems.map(\.message).joined(separator: "; "))
            case .catalogue(let e): throw FlagValue.Refusal(message: "de catalogus is hier niet in orde (\(e.diagnostics.count) meldingen); sla de vraag over")
            }
        }
        steps.append(Step(field: field, object: object, evaluation: evaluation, skipped: skipped))
        object = candidate
        evaluation = next
    }

    /// Skips a question: it stays unknown and is not asked again.
    mutating func skip(_ field: String) {
        steps.append(Step(field: field, object: object, evaluation: evaluation, skipped: skipped))
        skipped.insert(field)
    }

    /// Undoes the last answer or skip; returns its field, or nil when there is none.
    mutating func undo() -> String? {
        guard let last = steps.popLast() else { return nil }
        object = last.object
        evaluation = last.evaluation
        skipped = last.skipped
        return last.field
    }

    /// The number of `mogelijk` outcomes: what is still open.
    var openSchemes: Int { evaluation.outcomes.filter { $0.status == .mogelijk }.count }

    /// Why a question is asked, in Dutch: which schemes it helps settle and what they are worth.
    func explanation(of pending: Pending) -> String {
        guard let question = pending.question else {
            return "De gemeente bepaalt welke gemeentelijke regelingen er zijn (bijzondere bijstand, kwijtschelding, minimaregelingen) "
                + "en welke bedragen en grenzen daarvoor gelden."
        }
        let outcomes = question.schemes.compactMap { id in evaluation.outcomes.first { $0.scheme.id == id } }
            .sorted { ($0.amount?.yearly ?? 0) > ($1.amount?.yearly ?? 0) }
        let shown = outcomes.prefix(6).map { o in
            o.amount.map { $0.yearly > 0 ? "\(o.scheme.name) (ca. \(Format.euro($0.yearly)) per jaar)" : o.scheme.name } ?? o.scheme.name
        }
        let more = outcomes.count > shown.count ? " en nog \(outcomes.count - shown.count) andere" : ""
        let count = outcomes.count == 1 ? "1 regeling" : "\(outcomes.count) regelingen"
        return "Het antwoord beslist mee over \(count): \(more.isEmpty ? Array(shown).dutchList(joinedBy: "en") : shown.joined(separator: ", "))\(more). Die zijn nu nog 'mogelijk'."
    }
}
