/// Estimates the yearly toetsingsinkomen (gross, incl. holiday allowance) from
/// the net monthly income a counsellor knows, with the box 1 rates and the
/// algemene heffingskorting and arbeidskorting of the peildatum's year.
///
/// The estimate is deliberately conservative: it is only made when the
/// year's tax figures are in the catalogue, nobody has reached the AOW age
/// (those rates are not in the fact sheets) and it is known who works. The
/// engine then uses it only where it is at least 10% clear of a limit.
struct IncomeEstimator {
    let household: Household
    let day: Day
    let globals: ParameterStore
    /// The day's figures, with its tax year (nil: read from `globals`).
    var figures: DayFigures? = nil

    /// The box 1 parameters, in the order `TaxYear` reads them.
    static let taxParameters = ["ib.schijf1_tot", "ib.schijf2_tot", "ib.tarief1", "ib.tarief2", "ib.tarief3", "ib.ahk_max",
                                "ib.ahk_afbouw_vanaf", "ib.ahk_afbouw", "ib.ak_grens1", "ib.ak_pct1", "ib.ak_grens2", "ib.ak_pct2",
                                "ib.ak_grens3", "ib.ak_pct3", "ib.ak_max", "ib.ak_afbouw"]
    /// Holiday allowance on top of the monthly net (the net excludes it).
    static let holidayShare = "wml.vakantiebijslag_aandeel"

    /// The unit: the toetsingsinkomen, as given or estimated from net income.
    static let definition = DerivedFact(
        concept: "toetsingsinkomen", legalBasis: "Awir art. 8 (toetsingsinkomen); geschat met de box 1-tarieven en Wet IB 2001 art. 8.10 en 8.11",
        produces: [
            .init("inkomen.toetsingsinkomen", "het toetsingsinkomen", .euroPerJaar)
        ], parameters: taxParameters + [AowLeeftijd.months, holidayShare])

    struct TaxYear: Sendable {
        var bracket1: Double, bracket2: Double
        var rate1: Double, rate2: Double, rate3: Double
        var ahkMax: Double, ahkFrom: Double, ahkRate: Double
        var akLimit1: Double, akRate1: Double, akLimit2: Double, akRate2: Double, akLimit3: Double, akRate3: Double
        var akMax: Double, akRate4: Double

        init?(_ g: ParameterStore, _ day: Day) {
            let v = IncomeEstimator.taxParameters.compactMap { IncomeEstimator.definition.number($0, in: g, on: day) }
            guard v.count == IncomeEstimator.taxParameters.count else { return nil }
            let (b1, b2, r1, r2, r3, am, af, ar) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
            let (l1, p1, l2, p2, l3, p3, km, p4) = (v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15])
            (bracket1, bracket2, rate1, rate2, rate3) = (b1, b2, r1, r2, r3)
            (ahkMax, ahkFrom, ahkRate) = (am, af, ar)
            (akLimit1, akRate1, akLimit2, akRate2, akLimit3, akRate3, akMax, akRate4) = (l1, p1, l2, p2, l3, p3, km, p4)
        }

        /// Box 1 tax before credits.
        func tax(_ y: Double) -> Double {
            let a = min(y, bracket1) * rate1
            let b = max(0, min(y, bracket2) - bracket1) * rate2
            return a + b + max(0, y - bracket2) * rate3
        }

        func ahk(_ y: Double) -> Double { max(0, ahkMax - max(0, y - ahkFrom) * ahkRate) }

        func arbeidskorting(_ y: Double) -> Double {
            if y <= akLimit1 { return y * akRate1 }
            if y <= akLimit2 { return akLimit1 * akRate1 + (y - akLimit1) * akRate2 }
            if y <= akLimit3 { return akLimit1 * akRate1 + (akLimit2 - akLimit1) * akRate2 + (y - akLimit2) * akRate3 }
            return max(0, akMax - (y - akLimit3) * akRate4)
        }

        /// Net yearly income of one person with gross `y`.
        func net(_ y: Double, works: Bool) -> Double {
            let credits = ahk(y) + (works ? arbeidskorting(y) : 0)
            return y - max(0, tax(y) - credits)
        }

        /// Gross yearly income that gives net `target` (bisection; net rises with gross).
        func gross(forNet target: Double, works: Bool) -> Double {
            var lo = 0.0, hi = max(1000, target * 3)
            for _ in 0..<60 {
                let mid = (lo + hi) / 2
                if net(mid, works: works) < target { lo = mid } else { hi = mid }
            }
            return (lo + hi) / 2
        }
    }

    func estimate(netPerMonth: Double) -> FactValue? {
        let unit = Self.definition
        let year = figures.map(\.taxYear) ?? TaxYear(globals, day)
        guard let year, let aowMonths = unit.number(AowLeeftijd.months, in: globals, on: day, figures: figures),
              let holidayShare = unit.number(Self.holidayShare, in: globals, on: day, figures: figures) else { return nil }
        func age(_ p: Person) -> Int? { p.leeftijd ?? p.geboortedatum.map { day.years(since: $0) } }
        func works(_ p: Person) -> Bool? {
            if let h = p.werkUrenPerWeek { return h > 0 || p.zelfstandige == true }
            return p.zelfstandige == true ? true : nil
        }
        guard let a = age(household.aanvrager), Double(a * 12 + 11) < aowMonths, let w = works(household.aanvrager) else { return nil }
        let yearlyNet = netPerMonth * 12 * (1 + holidayShare)
        switch household.partner {
        case .unknown:
            return nil
        case .absent:
            let g = year.gross(forNet: yearlyNet, works: w)
            return .estimate((g).rounded(), basis: "geschat uit het netto inkomen (\(w ? "met" : "zonder") arbeidskorting, belastingtarieven \(day.year))")
        case .present(let p):
            guard let pa = age(p), Double(pa * 12 + 11) < aowMonths, let pw = works(p) else { return nil }
            let g: Double
            if w == pw {
                g = 2 * year.gross(forNet: yearlyNet / 2, works: w)
            } else {
                g = year.gross(forNet: yearlyNet, works: true)
            }
            return .estimate(g.rounded(), basis: "geschat uit het netto inkomen van aanvrager en partner (belastingtarieven \(day.year))")
        }
    }
}
