/// Maps Unicode scalars to the small symbol codes the word trie is keyed on.
///
/// Thai (U+0E00–U+0E7F) and ASCII get fixed codes computed arithmetically, so the hot path never
/// hashes; the few other scalars a word list may contain get codes assigned when the trie is built.
/// Code 0 means "not in any word": it never has a transition.
struct SymbolAlphabet: Sendable {
    static let thaiBase: UInt16 = 1
    static let asciiBase: UInt16 = 129
    static let firstExtra: UInt16 = 257

    /// Codes for scalars outside Thai and ASCII that occur in the word list.
    private(set) var extra: [UInt32: UInt16] = [:]

    /// The number of codes in use (one past the largest).
    var count: Int { Int(Self.firstExtra) + extra.count }

    @inline(__always)
    func symbol(_ scalar: UInt32) -> UInt16 {
        if scalar &- 0x0E00 < 0x80 { return UInt16(truncatingIfNeeded: scalar &- 0x0E00) &+ Self.thaiBase }
        if scalar < 0x80 { return UInt16(truncatingIfNeeded: scalar) &+ Self.asciiBase }
        if extra.isEmpty { return 0 }
        return extra[scalar] ?? 0
    }

    /// The code of `scalar`, assigning one if needed; nil when the code space is full.
    mutating func assign(_ scalar: UInt32) -> UInt16? {
        let s = symbol(scalar)
        if s != 0 { return s }
        // Codes stay below 2^15 so a node's child count fits `TrieNode`'s 15 bits.
        guard count < 0x7FFF else { return nil }
        let code = UInt16(count)
        extra[scalar] = code
        return code
    }
}

/// A trie node, packed in 8 bytes so more of the hot shallow nodes stay in cache. Nodes are
/// numbered breadth-first, so a node's children have consecutive ids.
struct TrieNode: Sendable {
    /// The id of the first child.
    var firstChild: Int32
    /// The number of children, with bit 15 set when a word ends here.
    var countAndTerminal: UInt16
    /// For a wide node, its row in the dense table of Thai symbols plus one; 0 otherwise.
    var denseRowPlusOne: UInt16

    init(firstChild: Int32, count: Int, terminal: Bool, denseRow: Int?) {
        self.firstChild = firstChild
        self.countAndTerminal = UInt16(count) | (terminal ? 0x8000 : 0)
        self.denseRowPlusOne = denseRow.map { UInt16($0 + 1) } ?? 0
    }

    @inline(__always) var count: Int { Int(countAndTerminal & 0x7FFF) }
    @inline(__always) var terminal: Bool { countAndTerminal & 0x8000 != 0 }
}

/// An immutable trie of words over symbol codes.
///
/// Nodes are numbered breadth-first, which keeps the hot shallow nodes together and makes each
/// node's children a consecutive run of ids: the symbol leading into each node is the only per-edge
/// data. Narrow nodes (90% have one child) are scanned; the few wide ones near the root also get a
/// dense row of child offsets for Thai symbols, so a transition costs one or two memory reads.
struct WordTrie: Sendable {
    /// Nodes with more children than this get a dense row.
    static let denseThreshold = 4
    /// Dense rows cover the Thai block's symbols (1...128).
    static let rowWidth = 128

    let alphabet: SymbolAlphabet
    private let nodes: [TrieNode]
    /// `incoming[id]` is the symbol on the edge into node `id`.
    private let incoming: [UInt16]
    /// Rows of `rowWidth` child offsets plus one (0 for none), one per wide node.
    private let denseRows: [UInt8]
    /// The number of distinct words.
    let wordCount: Int
    /// The length, in scalars, of the longest word.
    let maxWordLength: Int

    /// Builds the trie from words; each word is trimmed of surrounding whitespace, empty ones are dropped.
    init(words: some Sequence<String>) {
        var alphabet = SymbolAlphabet()
        var keys: [[UInt16]] = []
        for raw in words {
            let word = raw.trimmingWhitespace()
            if word.isEmpty { continue }
            var key: [UInt16] = []
            key.reserveCapacity(word.unicodeScalars.count)
            var ok = true
            for scalar in word.unicodeScalars {
                guard let code = alphabet.assign(scalar.value) else { ok = false; break }
                key.append(code)
            }
            if ok { keys.append(key) }
        }
        keys.sort { $0.lexicographicallyPrecedes($1) }

        // Sorted keys let each insertion reuse the previous key's path: the shared prefix ends at
        // the last child created, so no child lookup is needed while building.
        var terminal: [Bool] = [false]
        var edges: [(parent: Int32, symbol: UInt16, target: Int32)] = []
        var path: [Int32] = [0]  // path[d] is the node after d symbols of the previous key
        var previous: [UInt16] = []
        var wordCount = 0
        var maxLength = 0
        for key in keys {
            if key == previous { continue }
            var common = 0
            while common < key.count, common < previous.count, key[common] == previous[common] { common += 1 }
            path.removeSubrange((common + 1)...)
            var node = path[common]
            for symbol in key[common...] {
                let child = Int32(terminal.count)
                terminal.append(false)
                edges.append((node, symbol, child))
                node = child
                path.append(node)
            }
            terminal[Int(node)] = true
            wordCount += 1
            maxLength = max(maxLength, key.count)
            previous = key
        }

        // Group edges by parent with a stable counting sort; creation order keeps symbols sorted.
        let nodeCount = terminal.count
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for e in edges { start[Int(e.parent) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var fill = start
        var symbols = [UInt16](repeating: 0, count: edges.count)
        var targets = [Int32](repeating: 0, count: edges.count)
        for e in edges {
            let slot = Int(fill[Int(e.parent)])
            symbols[slot] = e.symbol
            targets[slot] = e.target
            fill[Int(e.parent)] += 1
        }
        // Renumber breadth-first: children of each node become consecutive ids.
        var order: [Int32] = [0]          // old ids in new-id order
        order.reserveCapacity(nodeCount)
        var nodes: [TrieNode] = []
        nodes.reserveCapacity(nodeCount)
        var incoming = [UInt16](repeating: 0, count: nodeCount)
        var dense: [UInt8] = []
        var head = 0
        while head < order.count {
            let old = Int(order[head])
            let lo = Int(start[old]), hi = Int(start[old + 1])
            let first = Int32(order.count)
            // Rows are numbered in 16 bits; a (huge) custom dictionary past that scans instead.
            var row: Int?
            if hi - lo > Self.denseThreshold, dense.count / Self.rowWidth < Int(UInt16.max) - 1 {
                row = dense.count / Self.rowWidth
                dense.append(contentsOf: repeatElement(0, count: Self.rowWidth))
            }
            for slot in lo..<hi {
                let symbol = symbols[slot]
                incoming[order.count] = symbol
                if let row, symbol &- 1 < UInt16(Self.rowWidth) {
                    // Thai symbols sort first among the children, so their offsets stay below 129.
                    dense[row * Self.rowWidth + Int(symbol) - 1] = UInt8(truncatingIfNeeded: slot - lo + 1)
                }
                order.append(targets[slot])
            }
            nodes.append(TrieNode(firstChild: first, count: hi - lo, terminal: terminal[old], denseRow: row))
            head += 1
        }

        self.alphabet = alphabet
        self.nodes = nodes
        self.incoming = incoming
        self.denseRows = dense
        self.wordCount = wordCount
        self.maxWordLength = maxLength
    }

    /// Read-only raw views of the trie for the segmentation loop.
    func withView<R>(_ body: (TrieView) throws -> R) rethrows -> R {
        try nodes.withUnsafeBufferPointer { nodes in
            try incoming.withUnsafeBufferPointer { incoming in
                try denseRows.withUnsafeBufferPointer { dense in
                    try body(TrieView(nodes: nodes, incoming: incoming, dense: dense))
                }
            }
        }
    }

    /// Whether `word` (trimmed) is in the trie.
    func contains(_ word: String) -> Bool {
        let key = word.trimmingWhitespace().unicodeScalars.map { alphabet.symbol($0.value) }
        if key.isEmpty || key.contains(0) { return false }
        return withView { view in
            var node: Int32 = 0
            for symbol in key where node >= 0 { node = view.child(node, symbol) }
            return node >= 0 && view.isTerminal(node)
        }
    }
}

/// Unsafe views of a `WordTrie`'s arrays, valid only inside `WordTrie.withView`.
struct TrieView {
    let nodes: UnsafeBufferPointer<TrieNode>
    let incoming: UnsafeBufferPointer<UInt16>
    let dense: UnsafeBufferPointer<UInt8>

    /// The root's child for `symbol`, or -1.
    @inline(__always)
    func rootChild(_ symbol: UInt16) -> Int32 { child(0, symbol) }

    @inline(__always)
    func isTerminal(_ node: Int32) -> Bool { nodes[Int(node)].terminal }

    /// `node`'s child for `symbol`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ symbol: UInt16) -> Int32 {
        let info = nodes[Int(node)]
        if info.denseRowPlusOne != 0, symbol &- 1 < UInt16(WordTrie.rowWidth) {
            let offset = dense[(Int(info.denseRowPlusOne) - 1) * WordTrie.rowWidth + Int(symbol) - 1]
            return offset == 0 ? -1 : info.firstChild + Int32(offset) - 1
        }
        var id = Int(info.firstChild)
        let end = id + info.count
        while id < end {
            let s = incoming[id]
            if s == symbol { return Int32(id) }
            if s > symbol { return -1 }
            id += 1
        }
        return -1
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines (Python's `str.strip()`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
