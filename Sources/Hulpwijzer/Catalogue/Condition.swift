/// A condition tree over household facts. In the catalogue's JSON the kind of
/// every node is visible from its keys: `alle`, `een_van`, `niet`, `als`/`dan`,
/// or `feit` with exactly one operator.
public indirect enum Condition: Sendable, Equatable {
    /// All must hold (Kleene and).
    case all([Condition])
    /// At least one must hold (Kleene or).
    case any([Condition])
    case not(Condition)
    /// If the first holds, the second must hold too.
    case implies(Condition, Condition)
    case leaf(Leaf)
    /// A condition the household JSON cannot express (e.g. "the partner has died");
    /// always unknown, so the scheme is at best `mogelijk`. The leaf's explanation is the question to ask.
    case manual(Leaf)

    /// A test on one fact (shared by reference: traces point to it).
    public final class Leaf: Sendable, Equatable {
        /// The fact tested.
        public let fact: FactID
        /// The comparison applied to the fact.
        public let op: Operator
        /// Optional Dutch sentence that replaces the generated one.
        public let explanation: String?
        /// JSON path of this leaf inside the scheme file, for diagnostics.
        public let path: String

        init(fact: FactID, op: Operator, explanation: String?, path: String) {
            self.fact = fact
            self.op = op
            self.explanation = explanation
            self.path = path
        }

        /// Identity or structural equality.
        public static func == (a: Leaf, b: Leaf) -> Bool {
            a === b || (a.fact == b.fact && a.op == b.op && a.explanation == b.explanation && a.path == b.path)
        }
    }

    /// Every leaf in the tree, depth first.
    public var leaves: [Leaf] {
        switch self {
        case .all(let c), .any(let c): return c.flatMap(\.leaves)
        case .not(let c): return c.leaves
        case .implies(let a, let b): return a.leaves + b.leaves
        case .leaf(let l): return [l]
        case .manual: return []
        }
    }
}
