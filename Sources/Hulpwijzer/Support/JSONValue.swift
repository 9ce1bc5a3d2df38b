/// A parsed JSON document. Objects keep their key order so that output and
/// diagnostics follow the order in which a person wrote the file.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short Dutch description of the value's type, for error messages.
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "een waar/onwaar-waarde"
        case .number: return "een getal"
        case .string: return "tekst"
        case .array: return "een lijst"
        case .object: return "een object"
        }
    }

    /// The value as it would appear in JSON, shortened for use in messages.
    public var snippet: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JSONWriter.formatNumber(n)
        case .string(let s): return "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .array: return "[…]"
        case .object: return "{…}"
        }
    }

    /// The object, or nil if the value is not an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }
    /// The array, or nil if the value is not an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
    /// The string, or nil if the value is not a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    /// The number, or nil if the value is not a number.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
    /// The boolean, or nil if the value is not a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// A JSON object with its members in document order.
public struct JSONObject: Sendable, Equatable {
    /// The members in document order.
    public var members: [(key: String, value: JSONValue)]

    /// Creates an object from members in the given order.
    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value of the first member named `key`, or nil.
    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    /// The member names in document order.
    public var keys: [String] { members.map(\.key) }

    /// Structural equality, including member order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
