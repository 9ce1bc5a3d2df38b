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
            return JSONWriter.write(municipalityListing(rows)) + "\n"
        case .staleFigures(let day, let rows):
            return JSONWriter.write(staleFigureListing(day: day, rows)) + "\n"
        }
    }

    private static func percent(_ value: Double) -> JSONValue { .number((value * 10).rounded() / 10) }

    /// Every municipality with what is modelled and what was not found, and the coverage.
    static func municipalityListing(_ rows: [(Municipality, LocalCatalogue)]) -> JSONValue {
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
                ("heeft_bedragen_zonder_jaar", .bool(l.hasUndatedFigures)),
                ("opgenomen", .array(l.modelledKinds.map { .string($0.rawValue) })),
                ("niet_gevonden", .array(l.notFound.map { n in
                    var o: [(key: String, value: JSONValue)] = [("soort", .string(n.kind.rawValue)), ("gezocht", .string(n.searched.description))]
                    if n.offered { o.append(("aangeboden", .bool(true))) }
                    if let t = n.note { o.append(("toelichting", .string(t))) }
                    return .object(JSONObject(o))
                })),
            ]))
        }
        return .object(JSONObject([
            ("aantal_gemeenten", .number(Double(rows.count))), ("gemeenten_met_lokale_regelingen", .number(Double(c.modelled))),
            ("inwoners_totaal", .number(Double(c.total))), ("inwoners_gedekt", .number(Double(c.covered))),
            ("dekking_procent", percent(c.share)),
            ("gemeenten_met_eigen_gegevens", .number(Double(c.withData))),
            ("dekking_eigen_gegevens_procent", percent(c.dataShare)),
            ("gemeenten_met_iit", .number(Double(c.withIIT))),
            ("dekking_iit_procent", percent(c.iitShare)),
            ("per_soort", .array(c.kinds.map { k in
                .object(JSONObject([("soort", .string(k.kind.rawValue)), ("opgenomen", .number(Double(k.modelled))),
                                    ("niet_gevonden", .number(Double(k.notFound)))]))
            })),
            ("bedragen_per_jaar", .array(c.figuresByYear.map { y in
                .object(JSONObject([("jaar", .number(Double(y.year))), ("aantal", .number(Double(y.count)))]))
            })),
            ("bedragen_zonder_jaar", .number(Double(c.undatedFigures))),
            ("gemeenten", .array(items)),
        ]))
    }

    /// Municipalities with figures from before the year of `day`, oldest first.
    static func staleFigureListing(day: Day, _ rows: [(Municipality, [StaleFigure])]) -> JSONValue {
        .object(JSONObject([
            ("peildatum", .string(day.description)), ("aantal_gemeenten", .number(Double(rows.count))),
            ("gemeenten", .array(rows.map { m, figures in
                .object(JSONObject([
                    ("code", .string(m.code)), ("naam", .string(m.name)), ("inwoners", .number(Double(m.inhabitants))),
                    ("oudste_jaar", figures.first.flatMap { $0.dated.undated ? nil : .number(Double($0.dated.from.year)) } ?? .null),
                    ("zonder_jaar", .bool(figures.contains { $0.dated.undated })),
                    ("bedragen", .array(figures.map { f in
                        .object(JSONObject([
                            ("jaar", f.dated.undated ? .null : .number(Double(f.dated.from.year))),
                            ("vanaf", .string(f.dated.undated ? CatalogueReader.unknownYear : f.dated.from.description)),
                            ("bestand", .string(f.file)), ("pad", .string(f.path)), ("regeling", .string(f.scheme)),
                            ("omschrijving", .string(f.parameter.description)), ("zekerheid", .string(f.dated.certainty.rawValue)),
                            ("bron", .string(f.dated.source)),
                        ]))
                    })),
                ]))
            })),
        ]))
    }
}
