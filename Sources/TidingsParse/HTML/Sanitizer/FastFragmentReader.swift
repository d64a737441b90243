import CLibXML2

/// A byte-level reader for the plain, well-formed HTML most feeds carry (paragraphs, links, emphasis,
/// images, lists, quotes, code), reporting the same events in the same order as `HTMLFragmentReader`
/// (libxml2 2.9's HTML push parser) would for the same prepared bytes, at a fraction of the cost.
///
/// It only accepts what it can read exactly as libxml2 does, and refuses everything else so that the
/// caller falls back to libxml2. The fragment is read whole into a list of events first; only when
/// all of it is accepted are the events passed on, so a refusal has reported nothing. Accepted:
/// - start tags from a fixed list of elements (`Self.elements`), any case, with attributes written
///   `name`, `name=value`, `name="value"` or `name='value'` and separated by white space, ending in
///   `>` or `/>`; refused when libxml2 would close the open element first (its own table,
///   `htmlAutoCloseTag`, read once), when a block would start inside a paragraph, heading, `pre` or a
///   phrasing element, for a link inside a link, an `li` outside `ul`/`ol`, or past `maximumDepth`;
/// - end tags of the innermost open element (past open `source` elements, which libxml2 does not know
///   as void and closes there);
/// - text; `&#…;` references to ordinary characters (no controls, C1, surrogates or noncharacters);
///   a `&` that libxml2 keeps as it is written (no name after it, or a name followed by anything but
///   `;`: known names with `;` were made numeric by `SanitizerInput`).
/// Comments, `<!`, `<?`, a `<` that starts no tag, CDATA-like raw text elements, tables, forms,
/// foreign content, unknown names and anything unusual in a tag are refused.
enum FastFragmentReader {
    /// Deeper fragments go to libxml2 (which has its own cap, `HTMLFragmentReader.maximumDepth`).
    static let maximumDepth = 256

    /// Reports the fragment's events to `sink` and returns true, or returns false, having reported
    /// nothing, when the fragment is not one this reader is sure to read as libxml2 does.
    static func read<Sink: FragmentEventSink>(_ input: SanitizerInput, into sink: Sink) -> Bool {
        input.bytes.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[SanitizerInput.bodyStart...])
            guard body.count < Int(Int32.max) else { return false }
            var tokenizer = Tokenizer(body)
            guard tokenizer.run() else { return false }
            tokenizer.emit(into: sink)
            return true
        }
    }

    // MARK: - elements

    /// What the reader needs to know of an element beyond libxml2's auto-close table.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// A block: refused inside an element with `.phrasingOnly`.
        static let block = Flags(rawValue: 1 << 0)
        /// Holds phrasing content only: phrasing elements, `p`, headings, `pre`.
        static let phrasingOnly = Flags(rawValue: 1 << 1)
        /// libxml2 ends it right after its start tag (`br`, `img`, `hr`).
        static let void = Flags(rawValue: 1 << 2)
        /// Accepted only written `<name/>`: `wbr` (`SanitizerInput` writes it so), which libxml2 would
        /// otherwise keep open.
        static let selfClosedOnly = Flags(rawValue: 1 << 3)
        /// HTML5 void that libxml2 keeps open until the end tag of an enclosing element: `source`.
        static let openVoid = Flags(rawValue: 1 << 4)
    }

    private static let phrasing: Flags = [.phrasingOnly]

    /// Every element the reader accepts; `html` and `body` (the wrapper) come first and are never
    /// accepted as tags. Indexes are the reader's element ids.
    static let elements: [(name: String, flags: Flags)] = [
        ("html", []), ("body", []),
        // Phrasing.
        ("a", phrasing), ("abbr", phrasing), ("b", phrasing), ("bdi", phrasing), ("bdo", phrasing),
        ("big", phrasing), ("cite", phrasing), ("code", phrasing), ("del", phrasing), ("dfn", phrasing),
        ("em", phrasing), ("font", phrasing), ("i", phrasing), ("ins", phrasing), ("kbd", phrasing),
        ("mark", phrasing), ("q", phrasing), ("s", phrasing), ("samp", phrasing), ("small", phrasing),
        ("span", phrasing), ("strike", phrasing), ("strong", phrasing), ("sub", phrasing), ("sup", phrasing),
        ("time", phrasing), ("tt", phrasing), ("u", phrasing), ("var", phrasing), ("picture", phrasing),
        ("br", [.void]), ("img", [.void]), ("wbr", [.selfClosedOnly]), ("source", [.openVoid, .phrasingOnly]),
        // Blocks that hold phrasing only.
        ("p", [.block, .phrasingOnly]), ("h1", [.block, .phrasingOnly]), ("h2", [.block, .phrasingOnly]),
        ("h3", [.block, .phrasingOnly]), ("h4", [.block, .phrasingOnly]), ("h5", [.block, .phrasingOnly]),
        ("h6", [.block, .phrasingOnly]), ("pre", [.block, .phrasingOnly]),
        ("hr", [.block, .void]),
        // Blocks that hold blocks.
        ("div", [.block]), ("blockquote", [.block]), ("ul", [.block]), ("ol", [.block]), ("li", [.block]),
        ("figure", [.block]), ("figcaption", [.block]), ("section", [.block]), ("article", [.block]),
        ("header", [.block]), ("footer", [.block]), ("aside", [.block]), ("nav", [.block]), ("main", [.block]),
    ]

    static let htmlID: UInt8 = 0
    static let bodyID: UInt8 = 1
    private static let anchorID = id("a")
    private static let listIDs = (id("ul"), id("ol"))
    private static let listItemID = id("li")
    private static let pictureID = id("picture")
    private static let sourceID = id("source")

    private static func id(_ name: String) -> UInt8 {
        UInt8(elements.firstIndex { $0.name == name }!)
    }

    /// Names, lowercase and at most 16 bytes, packed into two integers and bucketed by length.
    private struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func add(_ byte: UInt8, at index: Int) {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
    }

    private static let maximumNameLength = 10

    private static let lookupTable: [[(key: Key, id: UInt8)]] = {
        var table = Array(repeating: [(key: Key, id: UInt8)](), count: maximumNameLength + 1)
        for (index, element) in elements.enumerated() where index > Int(bodyID) {
            var key = Key()
            for (offset, byte) in element.name.utf8.enumerated() { key.add(byte, at: offset) }
            precondition(element.name.utf8.count <= maximumNameLength)
            table[element.name.utf8.count].append((key, UInt8(index)))
        }
        return table
    }()

    private static let flagTable: [Flags] = elements.map(\.flags)

    /// `closes[new * count + open]`: libxml2 ends the open element when `new` starts inside it.
    private static let closes: [Bool] = {
        LibXML.prepareThread()
        let count = elements.count
        var table = Array(repeating: false, count: count * count)
        // libxml2's query answers only for two different names; of these elements, those that close
        // their own kind (measured with libxml2 2.9.14, see `ReparseStack`).
        let closesItsOwnKind: Set<String> = ["a", "li", "p", "h1", "h2", "h3", "h4", "h5", "h6"]
        for new in 0..<count {
            for open in 0..<count {
                let newName = elements[new].name, openName = elements[open].name
                if new == open {
                    table[new * count + open] = closesItsOwnKind.contains(newName)
                    continue
                }
                table[new * count + open] = LibXML.withXMLString(newName) { newPointer in
                    LibXML.withXMLString(openName) { openPointer in
                        var probe = xmlNode()
                        probe.name = newPointer
                        return htmlAutoCloseTag(nil, openPointer, &probe) != 0
                    }
                }
            }
        }
        return table
    }()

    // MARK: - tokenizer

    private struct Event {
        enum Kind: UInt8 {
            /// `start..<end` is the tag's attribute text.
            case start
            case end
            /// `start..<end` is text as written (a `&` in it is kept as written).
            case text
            /// `start` is a character decoded from a reference.
            case scalar
        }

        var kind: Kind
        var element: UInt8
        var start: Int32
        var end: Int32
    }

    private struct Tokenizer {
        let bytes: UnsafeBufferPointer<UInt8>
        var events: [Event] = []
        /// Open elements, innermost last; the wrapper's `html` and `body` are not in it.
        var open: [UInt8] = []
        /// How many open elements hold phrasing only, and how many are links.
        var phrasingDepth = 0
        var anchorDepth = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            events.reserveCapacity(bytes.count / 24 + 8)
            open.reserveCapacity(16)
        }

        mutating func run() -> Bool {
            let end = bytes.count
            var index = 0
            var textStart = 0
            while index < end {
                index = ByteScan.first(in: bytes, from: index, to: end, block: { block in
                    ByteScan.equal(block, UInt8(ascii: "<")) | ByteScan.equal(block, UInt8(ascii: "&"))
                }, byte: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") })
                guard index < end else { break }
                if bytes[index] == UInt8(ascii: "&") {
                    guard let (next, scalar) = reference(at: index) else { return false }
                    if scalar != 0 {
                        text(textStart, index)
                        events.append(Event(kind: .scalar, element: 0, start: Int32(bitPattern: scalar), end: 0))
                        textStart = next
                    }
                    index = next
                    continue
                }
                text(textStart, index)
                guard index + 1 < end else { return false }
                let next = bytes[index + 1] == UInt8(ascii: "/") ? endTag(at: index) : startTag(at: index)
                guard let next else { return false }
                index = next
                textStart = next
            }
            text(textStart, end)
            return true
        }

        private mutating func text(_ start: Int, _ end: Int) {
            if end > start { events.append(Event(kind: .text, element: 0, start: Int32(start), end: Int32(end))) }
        }

        /// At `<` followed by a letter: the index after the tag, or nil to refuse.
        private mutating func startTag(at tagStart: Int) -> Int? {
            guard let (element, nameEnd) = name(at: tagStart + 1) else { return nil }
            guard let (attributesEnd, selfClosed) = FastFragmentReader.scanAttributes(bytes, from: nameEnd) else {
                return nil
            }
            let flags = flagTable[Int(element)]
            let top = open.last ?? bodyID
            if flags.contains(.selfClosedOnly) && !selfClosed { return nil }
            if closes[Int(element) * elements.count + Int(top)] { return nil }
            if flags.contains(.block) && phrasingDepth > 0 { return nil }
            if element == anchorID && anchorDepth > 0 { return nil }
            if element == listItemID && top != listIDs.0 && top != listIDs.1 { return nil }
            if element == sourceID && top != pictureID && top != sourceID { return nil }
            if open.count >= maximumDepth { return nil }
            events.append(Event(kind: .start, element: element, start: Int32(nameEnd), end: Int32(attributesEnd)))
            if selfClosed || flags.contains(.void) {
                events.append(Event(kind: .end, element: element, start: 0, end: 0))
            } else {
                open.append(element)
                if flags.contains(.phrasingOnly) { phrasingDepth += 1 }
                if element == anchorID { anchorDepth += 1 }
            }
            return attributesEnd + (selfClosed ? 2 : 1)
        }

        /// At `</`: the index after the end tag, or nil to refuse.
        private mutating func endTag(at tagStart: Int) -> Int? {
            guard let (element, nameEnd) = name(at: tagStart + 2) else { return nil }
            var index = nameEnd
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
            // libxml2 closes open `source` elements above the one named.
            var match = open.count - 1
            while match >= 0, open[match] != element, flagTable[Int(open[match])].contains(.openVoid) { match -= 1 }
            guard match >= 0, open[match] == element else { return nil }
            while open.count > match {
                let closed = open.removeLast()
                if flagTable[Int(closed)].contains(.phrasingOnly) { phrasingDepth -= 1 }
                if closed == anchorID { anchorDepth -= 1 }
                events.append(Event(kind: .end, element: closed, start: 0, end: 0))
            }
            return index + 1
        }

        /// The element named at `start` (a letter first) and the index after the name.
        private func name(at start: Int) -> (UInt8, Int)? {
            var index = start
            var key = Key()
            guard index < bytes.count, isLetter(bytes[index]) else { return nil }
            while index < bytes.count, isTagNameByte(bytes[index]) {
                guard index - start < maximumNameLength else { return nil }
                key.add(bytes[index] | 0x20, at: index - start)
                index += 1
            }
            for entry in lookupTable[index - start] where entry.key == key { return (entry.id, index) }
            return nil
        }

        /// At `&`: where reading goes on and the character a numeric reference decodes to, or 0 for
        /// a `&` kept as written; nil to refuse.
        private func reference(at index: Int) -> (Int, UInt32)? {
            FastFragmentReader.reference(bytes, at: index, end: bytes.count)
        }

        func emit<Sink: FragmentEventSink>(into sink: Sink) {
            let names = FastFragmentReader.names
            let policies = FastFragmentReader.policies
            sink.startElement(names[Int(htmlID)], policy: policies[Int(htmlID)]) { [] }
            sink.startElement(names[Int(bodyID)], policy: policies[Int(bodyID)]) { [] }
            for event in events {
                switch event.kind {
                case .text:
                    sink.characters(UnsafeBufferPointer(rebasing: bytes[Int(event.start)..<Int(event.end)]))
                case .scalar:
                    var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    let count = FastFragmentReader.encode(UInt32(bitPattern: event.start), into: &utf8)
                    withUnsafeBytes(of: &utf8) { raw in
                        sink.characters(UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: count))
                    }
                case .start:
                    sink.startElement(names[Int(event.element)], policy: policies[Int(event.element)]) {
                        FastFragmentReader.attributes(bytes, from: Int(event.start), to: Int(event.end))
                    }
                case .end:
                    sink.endElement(names[Int(event.element)])
                }
            }
            for element in open.reversed() { sink.endElement(names[Int(element)]) }
            sink.endElement(names[Int(bodyID)])
            sink.endElement(names[Int(htmlID)])
        }
    }

    private static let names: [String] = elements.map(\.name)
    private static let policies: [ElementPolicy] = elements.map { ElementPolicy($0.name) }

    // MARK: - bytes

    /// From just after a tag name: the index of the tag's closing `>` (or of the `/` of `/>`) and
    /// whether it is `/>`; nil for anything unusual.
    static func scanAttributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)? {
        let end = bytes.count
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return (index, false) }
            if byte == UInt8(ascii: "/") {
                return index + 1 < end && bytes[index + 1] == UInt8(ascii: ">") ? (index, true) : nil
            }
            // An attribute: white space, a name, then `=` and a value or nothing.
            guard isBlank(byte) else { return nil }
            while index < end, isBlank(bytes[index]) { index += 1 }
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") { continue }
            guard isLetter(bytes[index]) else { return nil }
            let nameStart = index
            while index < end, isTagNameByte(bytes[index]) { index += 1 }
            guard index < end, index - nameStart <= 64 else { return nil }
            guard bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            guard index < end else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                while index < end, bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "&") {
                        guard let (next, _) = reference(bytes, at: index, end: end) else { return nil }
                        index = next
                    } else {
                        index += 1
                    }
                }
                guard index < end else { return nil }
                index += 1
            } else {
                let valueStart = index
                while index < end, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<")
                        || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "=") {
                        return nil
                    }
                    if byte == UInt8(ascii: "&") {
                        guard let (next, _) = reference(bytes, at: index, end: end) else { return nil }
                        index = next
                    } else {
                        index += 1
                    }
                }
                guard index > valueStart else { return nil }
            }
        }
        return nil
    }

    /// At `&`: where reading goes on, and the character of a numeric reference or 0 when the `&` is
    /// kept as written; nil when libxml2 might read it otherwise.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Int, UInt32)? {
        guard index + 1 < end else { return nil }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "#") {
            var cursor = index + 2
            var value: UInt32 = 0
            var digits = 0
            if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
                cursor += 1
                while cursor < end, let digit = hexDigit(bytes[cursor]) {
                    value = value &* 16 &+ digit
                    digits += 1
                    cursor += 1
                    guard digits <= 6 else { return nil }
                }
            } else {
                while cursor < end, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                    value = value &* 10 &+ UInt32(bytes[cursor] - UInt8(ascii: "0"))
                    digits += 1
                    cursor += 1
                    guard digits <= 7 else { return nil }
                }
            }
            guard digits > 0, cursor < end, bytes[cursor] == UInt8(ascii: ";"), isOrdinary(value) else { return nil }
            return (cursor + 1, value)
        }
        // libxml2 reads a name (its own rules) and, unless a `;` follows, writes `&` and the name as
        // they were. The names it knows were made numeric before, but a name followed by `;` is refused
        // all the same, and so is one that may go on in non-ASCII bytes.
        if isLetter(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: ":") {
            var cursor = index + 2
            while cursor < end, isTagNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor < end, bytes[cursor] < 0x80, bytes[cursor] != UInt8(ascii: ";") else { return nil }
            return (cursor, 0)
        }
        guard next < 0x80 else { return nil }
        return (index + 1, 0)
    }

    /// A character a reference may decode to here: tab, line feed and printable characters, without
    /// DEL, C1 controls, surrogates and noncharacters.
    private static func isOrdinary(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFDCF, 0xFDF0...0xFFFD: return true
        case 0x10000...0x10FFFF: return value & 0xFFFE != 0xFFFE
        default: return false
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// `value` as UTF-8 in `utf8`; returns the byte count.
    static func encode(_ value: UInt32, into utf8: inout (UInt8, UInt8, UInt8, UInt8)) -> Int {
        switch value {
        case ..<0x80:
            utf8.0 = UInt8(value)
            return 1
        case ..<0x800:
            utf8 = (UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F), 0, 0)
            return 2
        case ..<0x10000:
            utf8 = (UInt8(0xE0 | value >> 12), UInt8(0x80 | (value >> 6) & 0x3F), UInt8(0x80 | value & 0x3F), 0)
            return 3
        default:
            utf8 = (UInt8(0xF0 | value >> 18), UInt8(0x80 | (value >> 12) & 0x3F), UInt8(0x80 | (value >> 6) & 0x3F),
                    UInt8(0x80 | value & 0x3F))
            return 4
        }
    }

    /// The attributes in `start..<end`, already checked by `scanAttributes`, as libxml2 reports them:
    /// names lowercase, values decoded, the first of duplicate names only.
    static func attributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> [(name: String, value: String?)] {
        var result: [(name: String, value: String?)] = []
        var index = start
        var value: [UInt8] = []
        while index < end {
            while index < end, isBlank(bytes[index]) { index += 1 }
            guard index < end else { break }
            let nameStart = index
            while index < end, isTagNameByte(bytes[index]) { index += 1 }
            let name = String(unsafeUninitializedCapacity: index - nameStart) { buffer in
                for offset in 0..<(index - nameStart) {
                    let byte = bytes[nameStart + offset]
                    buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                }
                return index - nameStart
            }
            var attributeValue: String?
            if index < end, bytes[index] == UInt8(ascii: "=") {
                index += 1
                let quote = bytes[index]
                let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
                if quoted { index += 1 }
                // A reference never holds the value's terminator, so the value ends where the first
                // one is; most values have no `&` and are taken as they are.
                let valueStart = index
                while index < end {
                    let byte = bytes[index]
                    if quoted ? byte == quote : (isBlank(byte) || byte == UInt8(ascii: ">")) { break }
                    index += 1
                }
                let valueEnd = index
                if quoted { index += 1 }
                let written = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
                if !written.contains(UInt8(ascii: "&")) {
                    attributeValue = String(decoding: written, as: UTF8.self)
                } else {
                    value.removeAll(keepingCapacity: true)
                    var cursor = valueStart
                    var runStart = valueStart
                    while cursor < valueEnd {
                        if bytes[cursor] == UInt8(ascii: "&"),
                           let (next, scalar) = reference(bytes, at: cursor, end: bytes.count), scalar != 0 {
                            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor]))
                            var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                            let count = encode(scalar, into: &utf8)
                            withUnsafeBytes(of: &utf8) { value.append(contentsOf: $0.prefix(count)) }
                            cursor = next
                            runStart = next
                        } else {
                            cursor += 1
                        }
                    }
                    value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<valueEnd]))
                    attributeValue = String(decoding: value, as: UTF8.self)
                }
            }
            if !result.contains(where: { $0.name == name }) {
                // One allocation for the usual tag (a link's href; an image's src, alt, width, height).
                if result.isEmpty { result.reserveCapacity(4) }
                result.append((name, attributeValue))
            }
        }
        return result
    }
}

@inline(__always) private func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
}

@inline(__always) private func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

/// Bytes libxml2 reads as part of an element or attribute name after the first.
@inline(__always) private func isTagNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
}
