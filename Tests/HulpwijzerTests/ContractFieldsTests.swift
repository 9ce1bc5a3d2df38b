import Testing
@testable import Hulpwijzer

/// The one table of contract fields drives the decoder, and it covers the contract.
@Suite struct ContractFieldsTests {
    /// Every key of `household.md` (§2 household, person, child, co-resident, housing, income, assets, debts).
    static let contractPaths = [
        "id", "peildatum", "gemeente", "aanvrager", "partner", "kinderen", "medebewoners", "woning", "inkomen", "vermogen", "schulden", "ontvangt",
    ] + ["aanvrager", "partner"].flatMap { who in
        ["leeftijd", "geboortedatum", "rechtmatig_verblijf", "zorgverzekerd", "onderwijs", "studiefinanciering", "werk_uren_per_week",
         "zelfstandige", "arbeidsongeschikt_procent", "chronisch_ziek_of_beperking", "zorgpremie_per_maand", "aow_jaren_verzekerd", "uitkeringen"].map { "\(who).\($0)" }
    } + ["leeftijd", "geboortedatum", "thuiswonend", "onderwijs", "kinderopvang_uren_per_maand"].map { "kinderen[].\($0)" }
      + ["leeftijd", "relatie", "student", "commerciele_huur", "inkomen_bruto_per_jaar"].map { "medebewoners[].\($0)" }
      + ["soort", "zelfstandig", "kale_huur_per_maand", "servicekosten_per_maand", "overwaarde"].map { "woning.\($0)" }
      + ["netto_per_maand", "toetsingsinkomen_per_jaar", "maanden_laag_inkomen"].map { "inkomen.\($0)" }
      + ["totaal", "auto_waarde", "peildatum_1_januari"].map { "vermogen.\($0)" }
      + ["totaal", "problematisch", "beslag", "in_schuldhulp", "wsnp", "aantal_schuldeisers"].map { "schulden.\($0)" }

    @Test func theTableHoldsExactlyTheContractKeys() {
        #expect(ContractFields.all.map(\.path).sorted() == Self.contractPaths.sorted())
    }

    /// A valid sample value for a field of this kind.
    func sample(_ kind: ValueKind) -> JSONValue? {
        switch kind {
        case .number(let min, let max): return .number(Swift.min(max ?? 1, (min ?? 0) + 1))
        case .integer: return .number(1)
        case .bool: return .bool(true)
        case .choice(let allowed): return .string(allowed[allowed.count - 1])
        case .date: return .string("2026-03-01")
        case .text: return .string("x")
        case .list(let known): return .array([.string(known.first ?? "x")])
        case .section: return nil
        }
    }

    func object<H>(_ fields: [ContractField<H>]) -> JSONValue {
        .object(JSONObject(fields.compactMap { f in sample(f.value).map { (f.key, $0) } }))
    }

    /// Every field the table declares is accepted by the decoder and stored where the table reads it.
    @Test func everyTableFieldIsDecodedAndStored() throws {
        var top: [(String, JSONValue)] = ContractFields.household.compactMap { f in sample(f.value).map { (f.key, $0) } }
        top += [("aanvrager", object(ContractFields.person)), ("partner", object(ContractFields.person)),
                ("kinderen", .array([object(ContractFields.child)])), ("medebewoners", .array([object(ContractFields.coResident)])),
                ("woning", object(ContractFields.housing)), ("inkomen", object(ContractFields.income)),
                ("vermogen", object(ContractFields.assets)), ("schulden", object(ContractFields.debts))]
        let h = try HouseholdDecoder.decode(.object(JSONObject(top)))
        func stored<H>(_ fields: [ContractField<H>], _ host: H?, _ section: String) {
            for f in fields where sample(f.value) != nil { #expect(host.flatMap(f.get) != nil, "\(section).\(f.key)") }
        }
        stored(ContractFields.household, h, "")
        stored(ContractFields.person, h.aanvrager, "aanvrager")
        stored(ContractFields.person, h.partner.value, "partner")
        stored(ContractFields.child, h.kinderen?.first, "kinderen[0]")
        stored(ContractFields.coResident, h.medebewoners?.first, "medebewoners[0]")
        stored(ContractFields.housing, h.woning, "woning")
        stored(ContractFields.income, h.inkomen, "inkomen")
        stored(ContractFields.assets, h.vermogen, "vermogen")
        stored(ContractFields.debts, h.schulden, "schulden")
    }

    /// A key outside the table is refused in every section, with the section's path.
    @Test(arguments: ["", "aanvrager.", "partner.", "kinderen[0].", "medebewoners[0].", "woning.", "inkomen.", "vermogen.", "schulden."])
    func aKeyOutsideTheTableIsRefused(_ prefix: String) {
        var json = #"{"onbekend_veld": 1}"#
        for part in prefix.split(separator: ".").reversed() {
            json = part.hasSuffix("[0]") ? #"{"\#(part.dropLast(3))": [\#(json)]}"# : #"{"\#(part)": \#(json)}"#
        }
        do {
            _ = try HouseholdDecoder.decode(bytes: Array(json.utf8))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.problems.map(\.path) == ["\(prefix)onbekend_veld"])
        }
    }

    @Test func closedSetsComeFromTheEnums() {
        #expect(HouseholdDecoder.housingKinds == Woonsoort.allCases.map(\.rawValue))
        #expect(HouseholdDecoder.educationLevels == ["geen", "vo", "vavo", "mbo", "hbo", "wo"])
        #expect(HouseholdDecoder.relations == ["kind", "ouder", "familie", "huurder", "anders"])
    }

    @Test func questionsAndAnswerKindsComeFromTheTable() {
        #expect(FieldLabels.label(for: "medebewoners[1].student") == "of het een student met studiefinanciering is van medebewoner 2")
        #expect(FieldLabels.label(for: "partner.geboortedatum") == "de geboortedatum van de partner")
        #expect(FieldLabels.label(for: "huishouden.type") == "de leefsituatie")
        guard case .choice(let options)? = InterviewAnswer.kind(of: "woning.soort") else { Issue.record("woning.soort"); return }
        #expect(options == Woonsoort.allCases.map(\.rawValue))
    }
}
