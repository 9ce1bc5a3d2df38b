/// The catalogue listings as JSON (`regelingen --format json`, `gemeenten --format json`).
extension JSONRenderer {
    /// The listing as indented JSON with a final newline.
    public static func listing(_ listing: CatalogueListing) -> String {
        switch listing {
        case .schemes(let list, let ended):
            let items: [JSONValue] = list.map { s in
                .object(JSONObject([
                    ("id", .string(s.id)), ("naam", .string(s.name)), ("uitvoerder", .string(s.executor)),
                    ("categorie", .array(s.categories.map { .string($0.rawValue) })),
                    ("geldig_van", .string(s.validFrom.description)), ("geldig_tot", s.validUntil.map { .string($0.description) } ?? .null),
                    ("maatwerk", .bool(s.discretionary)), ("gemeenten", .array(s.municipalities.map { .string($0) })),
                    ("bron", .string(s.source)), ("laatst_geverifieerd", .string(s.lastVerified.description)),
                ]))
            }
            let endedItems: [JSONValue] = ended.map { e in
                .object(JSONObject([
                    ("id", .string(e.id)), ("naam", .string(e.name)), ("beeindigd", .bool(true)),
                    ("geldig_tot", .string(e.validUntil.description)), ("wat_nu", .string(e.whatNow)),
                    ("bron", .string(e.source)), ("zekerheid", .string(e.certainty)),
                ]))
            }
            return JSONWriter.write(.array(items + endedItems)) + "\n"
        case .municipalities(let rows):
            let c = CatalogueListing.Coverage(rows)
            let items: [JSONValue] = rows.map { m, l in
                let range = l.verificationRange
                return .object(JSONObject([
                    ("code", .string(m.code)), ("naam", .string(m.name)), ("provincie", .string(m.province)), ("inwoners", .number(Double(m.inhabitants))),
                    ("lokale_regelingen", .number(Double(l.schemes.count))),
                    ("afwijkende_parameters", .number(Double(l.overrides.values.reduce(0) { $0 + $1.count }))),
                    ("oudste_verificatie", range.map { .string($0.oldest.description) } ?? .null),
                    ("nieuwste_verificatie", range.map { .string($0.newest.description) } ?? .null),
                    ("oudste_bedragen_jaar", l.figureYears.map { .number(Double($0.oldest)) } ?? .null),
                    ("nieuwste_bedragen_jaar", l.figureYears.map { .number(Double($0.newest)) } ?? .null),
                ]))
            }
            let doc = JSONValue.object(JSONObject([
                ("aantal_gemeenten", .number(Double(rows.count))), ("gemeenten_met_lokale_regelingen", .number(Double(c.modelled))),
                ("inwoners_totaal", .number(Double(c.total))), ("inwoners_gedekt", .number(Double(c.covered))),
                ("dekking_procent", .number((c.share * 10).rounded() / 10)),
                ("gemeenten_met_eigen_gegevens", .number(Double(c.withData))),
                ("dekking_eigen_gegevens_procent", .number((c.dataShare * 10).rounded() / 10)),
                ("gemeenten", .array(items)),
            ]))
            return JSONWriter.write(doc) + "\n"
        }
    }
}
