/// Reads JSON bytes into a `JSONNode`, liberally (DESIGN convention 5): a trailing comma before `}`
/// or `]` (hand-edited JSON Feeds have them) is skipped, and a broken or truncated document yields
/// what was read before the break, open containers closed. Every repair is reported for
/// `bozo_message`. Nesting is capped so a hostile document cannot exhaust the stack.
struct JSONReader {
    /// The value read (nil when not even its start was readable) and the first problem, if any.
    struct Outcome {
        var value: JSONNode?
        var problem: String?
    }

    private var scanner: JSONScanner
    private var problem: String?
    /// Set at the first error that stops the read; containers then close with what they hold.
    private var stopped = false
    /// Where the last comma between members or elements was, for a trailing comma's message.
    private var lastComma = 0
    private static let maximumDepth = 200

    static func read(_ bytes: [UInt8]) -> Outcome {
        var reader = JSONReader(scanner: JSONScanner(bytes))
        reader.scanner.skipWhitespace()
        let value = reader.scanner.isAtEnd ? nil : reader.value(depth: 0)
        reader.scanner.skipWhitespace()
        if value == nil, reader.problem == nil { reader.fail("no JSON value") }
        if !reader.stopped, !reader.scanner.isAtEnd { reader.fail("text after the JSON value") }
        return Outcome(value: value, problem: reader.problem)
    }

    private init(scanner: JSONScanner) {
        self.scanner = scanner
    }

    private mutating func value(depth: Int) -> JSONNode? {
        guard depth < Self.maximumDepth else {
            fail("nesting deeper than \(Self.maximumDepth) levels")
            return nil
        }
        guard let byte = scanner.peek else {
            fail("document ends where a value was expected")
            return nil
        }
        let read: JSONNode?
        switch byte {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): read = scanner.string().map(JSONNode.string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): read = scanner.number().map(JSONNode.number)
        case UInt8(ascii: "t"): read = scanner.literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): read = scanner.literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): read = scanner.literal("null") ? .null : nil
        default: read = nil
        }
        if read == nil { fail(scanner.isAtEnd ? "document ends inside a value" : "unexpected character") }
        return read
    }

    private mutating func object(depth: Int) -> JSONNode {
        scanner.advance()
        var members: [String: JSONNode] = [:]
        while !stopped {
            scanner.skipWhitespace()
            if closes(UInt8(ascii: "}"), afterMembers: !members.isEmpty) { break }
            guard scanner.peek == UInt8(ascii: "\""), let key = scanner.string() else {
                fail(scanner.isAtEnd ? "document ends inside an object" : "expected a member name")
                break
            }
            scanner.skipWhitespace()
            guard scanner.skip(UInt8(ascii: ":")) else {
                fail(scanner.isAtEnd ? "document ends inside an object" : "expected ':' after a member name")
                break
            }
            scanner.skipWhitespace()
            guard let member = value(depth: depth + 1) else { break }
            members[key] = member
            if !separator(closing: UInt8(ascii: "}"), inside: "an object") { break }
        }
        return .object(members)
    }

    private mutating func array(depth: Int) -> JSONNode {
        scanner.advance()
        var elements: [JSONNode] = []
        while !stopped {
            scanner.skipWhitespace()
            if closes(UInt8(ascii: "]"), afterMembers: !elements.isEmpty) { break }
            guard let element = value(depth: depth + 1) else { break }
            elements.append(element)
            if !separator(closing: UInt8(ascii: "]"), inside: "an array") { break }
        }
        return .array(elements)
    }

    /// After a member or element: a comma (true: go on) or the closing bracket (false: done).
    private mutating func separator(closing: UInt8, inside container: String) -> Bool {
        scanner.skipWhitespace()
        lastComma = scanner.position
        if scanner.skip(UInt8(ascii: ",")) { return true }
        if scanner.skip(closing) { return false }
        fail(scanner.isAtEnd ? "document ends inside \(container)" : "expected ',' inside \(container)")
        return false
    }

    /// Consumes `closing` if it comes next. Reached after at least one member, it follows a comma:
    /// a trailing comma, skipped and noted.
    private mutating func closes(_ closing: UInt8, afterMembers: Bool) -> Bool {
        guard scanner.skip(closing) else { return false }
        if afterMembers { note("trailing comma", at: lastComma) }
        return true
    }

    /// A problem that stops the read.
    private mutating func fail(_ message: String) {
        note(message, at: scanner.position)
        stopped = true
    }

    /// Keeps the first problem, with the line of `offset`.
    private mutating func note(_ message: String, at offset: Int) {
        guard problem == nil else { return }
        problem = "not well-formed JSON: \(message) (line \(scanner.line(at: offset)))"
    }
}
