/// A set of schemes compiled into flat arrays of plain values: their gates and condition trees
/// as pre-order node arrays with leaves as small structs, and their amount formulas as
/// expression nodes. Evaluating a program touches no reference-counted value on its hot path,
/// which is what makes `Screener` an order of magnitude faster than the tree evaluator.
///
/// A program is compiled once per catalogue (the national schemes) or per municipality (its
/// own schemes). Parameters are not resolved here: a leaf or formula names a *slot* of its
/// scheme, and `ScreeningPlan` resolves the slots for one peildatum and municipality.
final class ScreeningProgram: Sendable {
    /// One test on one fact.
    struct Leaf: Sendable {
        /// The fact tested.
        var fact: Int32
        var kind: Condition.Kind
        var operand: Operand
        /// The literal limit (`operand == .literal`).
        var literal: Double = 0
        /// The parameter slot (`.parameter`) or the compared fact (`.fact`).
        var ref: Int32 = -1
        /// The wanted value of `is`.
        var wanted = false
        /// For a text or list test: its place in `textLeaves` (the original leaf).
        var text: Int32 = -1

        enum Operand: UInt8, Sendable { case literal, parameter, fact, bool, texts, never }
    }

    /// One node of a condition tree, in pre-order; `end` is the index just after its subtree.
    struct Node: Sendable {
        var op: Op
        /// The leaf (`.leaf`).
        var leaf: Int32
        var end: Int32

        enum Op: UInt8, Sendable { case leaf, manual, not, implies, all, any }
    }

    /// One node of an amount formula. Children are listed in `args` from `first`, `count` of them.
    struct Expr: Sendable {
        var op: Op
        var value: Double = 0
        /// A slot, fact, step, text (for `bevat`) or binary/function code, by op.
        var ref: Int32 = 0
        var first: Int32 = 0
        var count: Int32 = 0

        enum Op: UInt8, Sendable {
            case number, parameter, fact, step, text, negate
            /// A binary operator (`ref` is its place in `ScreeningProgram.operators`).
            case binary
            case min, max, als
            /// `afronden`, `afronden_beneden`, `afronden_boven` (`ref` is its place in `ScreeningProgram.rounders`).
            case round
            case tabel, bevat, onbekend
        }
    }

    /// A scheme's part of the arrays.
    struct Scheme: Sendable {
        /// Its gates (leaf indexes).
        var gates: Range<Int32>
        /// The root of its condition tree in `nodes`.
        var root: Int32
        /// The root of its amount formula in `exprs` (-1: no amount rule).
        var amount: Int32
        /// Its steps' roots in `stepRoots`.
        var steps: Range<Int32>
        /// The parameters its slots name, resolved per plan.
        var slots: [ParameterRef]

        /// What a household's walk reads of it, without the reference-counted `slots`.
        var head: Head { Head(gates: gates, root: root, amount: amount, steps: steps) }
    }

    /// The part of a scheme a household's walk reads.
    struct Head: Sendable {
        var gates: Range<Int32>
        var root: Int32
        var amount: Int32
        var steps: Range<Int32>
    }

    /// The leaves, nodes, formula nodes, their arguments and the steps' roots of all schemes.
    let leaves: FlatBuffer<Leaf>
    let nodes: FlatBuffer<Node>
    let exprs: FlatBuffer<Expr>
    let args: FlatBuffer<Int32>
    let stepRoots: FlatBuffer<Int32>
    /// The original leaves of text and list tests, which compare strings.
    let textLeaves: [Condition.Leaf]
    /// The texts of `bevat` in formulas.
    let texts: [String]
    let schemes: [Scheme]
    /// Each scheme's `head`, flat.
    let heads: FlatBuffer<Head>
    /// Per scheme, its `CompactRenderer.memberKey`: the bytes
    /// `compactKeyStarts[k]..<compactKeyStarts[k + 1]` of `compactKeys`.
    let compactKeys: FlatBuffer<UInt8>
    let compactKeyStarts: FlatBuffer<Int32>
    /// The positions of the schemes with each id (a scheme may be listed once per period of its rules).
    let positions: [String: [Int]]
    /// The most steps of one amount rule.
    let maxSteps: Int
    /// Per scheme: the facts its gates, conditions and formula read.
    let readFacts: [[Int]]

    /// Compiles `schemes`, in their order.
    init(_ list: [Hulpwijzer.Scheme]) {
        var c = Compiler()
        var schemes: [Scheme] = [], positions: [String: [Int]] = [:]
        schemes.reserveCapacity(list.count)
        for (i, s) in list.enumerated() {
            schemes.append(c.compile(s))
            positions[s.id, default: []].append(i)
        }
        leaves = FlatBuffer(c.leaves)
        nodes = FlatBuffer(c.nodes)
        exprs = FlatBuffer(c.exprs)
        args = FlatBuffer(c.args)
        stepRoots = FlatBuffer(c.stepRoots)
        textLeaves = c.textLeaves
        texts = c.texts
        self.schemes = schemes
        heads = FlatBuffer(schemes.map { $0.head })
        var keys: [UInt8] = [], starts: [Int32] = [0]
        for s in list {
            keys += CompactRenderer.memberKey(s.id)
            starts.append(Int32(keys.count))
        }
        compactKeys = FlatBuffer(keys)
        compactKeyStarts = FlatBuffer(starts)
        self.positions = positions
        maxSteps = schemes.map { $0.steps.count }.max() ?? 0
        readFacts = schemes.map(c.reads)
    }

    /// The arrays while the schemes are compiled.
    private struct Compiler {
        var leaves: [Leaf] = []
        var nodes: [Node] = []
        var exprs: [Expr] = []
        var args: [Int32] = []
        var stepRoots: [Int32] = []
        var textLeaves: [Condition.Leaf] = []
        var texts: [String] = []

        /// The facts a scheme's gates, conditions and formula read.
        func reads(_ s: Scheme) -> [Int] {
            var out: [Int] = []
            for k in s.gates { out.append(Int(leaves[Int(k)].fact)) }
            for i in Int(s.root)..<Int(nodes[Int(s.root)].end) where nodes[i].op == .leaf || nodes[i].op == .manual {
                let l = leaves[Int(nodes[i].leaf)]
                out.append(Int(l.fact))
                if l.operand == .fact { out.append(Int(l.ref)) }
            }
            if s.amount >= 0 {
                var stack = [s.amount] + (s.steps).map { stepRoots[Int($0)] }
                while let e = stack.popLast() {
                    let x = exprs[Int(e)]
                    if x.op == .fact { out.append(Int(x.ref)) }
                    for a in 0..<Int(x.count) { stack.append(args[Int(x.first) + a]) }
                }
            }
            return out
        }

    mutating func compile(_ s: Hulpwijzer.Scheme) -> Scheme {
        var slots: [ParameterRef] = []
        func slot(_ ref: ParameterRef) -> Int32 {
            if let k = slots.firstIndex(where: { $0 === ref || $0.name == ref.name && $0.resolved === ref.resolved }) { return Int32(k) }
            slots.append(ref)
            return Int32(slots.count - 1)
        }
        let gateStart = Int32(leaves.count)
        for g in s.gates { leaves.append(leaf(g, slot)) }
        let gates = gateStart..<Int32(leaves.count)
        let root = Int32(nodes.count)
        condition(s.conditions, slot)
        var amount: Int32 = -1
        let stepStart = Int32(stepRoots.count)
        if let rule = s.amount {
            // Steps first, so that a formula's `.step(k)` finds root `stepStart + k`.
            let roots = rule.steps.map { expression($0.formula, slot) }
            stepRoots += roots
            amount = expression(rule.formula, slot)
        }
        return Scheme(gates: gates, root: root, amount: amount, steps: stepStart..<Int32(stepRoots.count), slots: slots)
    }

    private mutating func leaf(_ l: Condition.Leaf, _ slot: (ParameterRef) -> Int32) -> Leaf {
        var out = Leaf(fact: Int32(l.fact), kind: l.op.kind, operand: .literal)
        let isNumber = l.op.kind.operandKind == .number
        switch l.op.operand {
        case .literal(let n) where isNumber: out.literal = n
        case .parameter(let ref) where isNumber:
            out.operand = .parameter
            out.ref = slot(ref)
        case .fact(let id) where isNumber:
            out.operand = .fact
            out.ref = Int32(id)
        case .bool(let b) where l.op.kind == .isValue:
            out.operand = .bool
            out.wanted = b
        default:
            // Text and list tests compare strings with the original leaf's operator; a number
            // operator with another operand is never decided, as `ConditionEvaluator.decide` has it.
            out.operand = isNumber ? .never : .texts
            out.text = Int32(textLeaves.count)
            textLeaves.append(l)
        }
        return out
    }

    private mutating func condition(_ c: Condition, _ slot: (ParameterRef) -> Int32) {
        let at = nodes.count
        switch c {
        case .leaf(let l):
            let k = Int32(leaves.count)
            leaves.append(leaf(l, slot))
            nodes.append(Node(op: .leaf, leaf: k, end: 0))
        case .manual(let l):
            // Never decided; kept for the fact its explanation names (`Screener.Run.explained`).
            let k = Int32(leaves.count)
            leaves.append(leaf(l, slot))
            nodes.append(Node(op: .manual, leaf: k, end: 0))
        case .not(let inner):
            nodes.append(Node(op: .not, leaf: -1, end: 0))
            condition(inner, slot)
        case .implies(let p, let q):
            nodes.append(Node(op: .implies, leaf: -1, end: 0))
            condition(p, slot)
            condition(q, slot)
        case .all(let children), .any(let children):
            if case .all = c { nodes.append(Node(op: .all, leaf: -1, end: 0)) } else { nodes.append(Node(op: .any, leaf: -1, end: 0)) }
            for child in children { condition(child, slot) }
        }
        nodes[at].end = Int32(nodes.count)
    }

    private mutating func expression(_ e: Expression, _ slot: (ParameterRef) -> Int32) -> Int32 {
        switch e {
        case .number(let n): return append(Expr(op: .number, value: n))
        case .parameter(let ref): return append(Expr(op: .parameter, ref: slot(ref)))
        case .fact(let id): return append(Expr(op: .fact, ref: Int32(id)))
        case .step(let k): return append(Expr(op: .step, ref: Int32(k)))
        case .text(let t):
            texts.append(t)
            return append(Expr(op: .text, ref: Int32(texts.count - 1)))
        case .negate(let inner):
            return node(.negate, [expression(inner, slot)])
        case .binary(let op, let a, let b):
            let x = expression(a, slot), y = expression(b, slot)
            let k = node(.binary, [x, y])
            exprs[Int(k)].ref = Int32(ScreeningProgram.operators.firstIndex(of: op)!)
            return k
        case .call(let f, let list):
            let children = list.map { expression($0, slot) }
            switch f {
            case .min: return node(.min, children)
            case .max: return node(.max, children)
            case .als: return node(.als, children)
            case .tabel: return node(.tabel, children)
            case .bevat: return node(.bevat, children)
            case .onbekend: return node(.onbekend, children)
            case .afronden, .afronden_beneden, .afronden_boven:
                let k = node(.round, children)
                exprs[Int(k)].ref = Int32(ScreeningProgram.rounders.firstIndex(of: f)!)
                return k
            }
        }
    }


        private mutating func append(_ e: Expr) -> Int32 {
            exprs.append(e)
            return Int32(exprs.count - 1)
        }

        private mutating func node(_ op: Expr.Op, _ children: [Int32]) -> Int32 {
            let first = Int32(args.count)
            args += children
            return append(Expr(op: op, first: first, count: Int32(children.count)))
        }
    }

    /// The binary operators, by the `ref` of a `.binary` node.
    static let operators: [Expression.BinaryOperator] = [.add, .subtract, .multiply, .divide, .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual]
    /// The rounding functions, by the `ref` of a `.round` node.
    static let rounders: [Expression.Function] = [.afronden, .afronden_beneden, .afronden_boven]

}
