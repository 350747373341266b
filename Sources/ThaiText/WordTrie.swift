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
        guard count < Int(UInt16.max) else { return nil }
        let code = UInt16(count)
        extra[scalar] = code
        return code
    }
}

/// An immutable trie of words over symbol codes, in compressed-row form.
///
/// Each node's children sit contiguously in `edgeSymbols`/`edgeTargets`, sorted by symbol, so a
/// lookup is a short scan (or a binary search for wide nodes); the root's children are a dense table.
struct WordTrie: Sendable {
    let alphabet: SymbolAlphabet
    /// `rootTable[symbol]` is the root's child for `symbol`, or -1.
    private let rootTable: [Int32]
    /// Node `i`'s children are `edgeStart[i] ..< edgeStart[i + 1]`.
    private let edgeStart: [Int32]
    private let edgeSymbols: [UInt16]
    private let edgeTargets: [Int32]
    /// Whether a word ends at node `i`.
    private let terminal: [Bool]
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
        var root = [Int32](repeating: -1, count: alphabet.count)
        for slot in Int(start[0])..<Int(start[1]) { root[Int(symbols[slot])] = targets[slot] }

        self.alphabet = alphabet
        self.rootTable = root
        self.edgeStart = start
        self.edgeSymbols = symbols
        self.edgeTargets = targets
        self.terminal = terminal
        self.wordCount = wordCount
        self.maxWordLength = maxLength
    }

    /// Read-only raw views of the trie for the segmentation loop.
    func withView<R>(_ body: (TrieView) throws -> R) rethrows -> R {
        try rootTable.withUnsafeBufferPointer { root in
            try edgeStart.withUnsafeBufferPointer { start in
                try edgeSymbols.withUnsafeBufferPointer { symbols in
                    try edgeTargets.withUnsafeBufferPointer { targets in
                        try terminal.withUnsafeBufferPointer { terminal in
                            try body(TrieView(root: root, start: start, symbols: symbols, targets: targets, terminal: terminal))
                        }
                    }
                }
            }
        }
    }

    /// Whether `word` (trimmed) is in the trie.
    func contains(_ word: String) -> Bool {
        let key = word.trimmingWhitespace().unicodeScalars.map { alphabet.symbol($0.value) }
        if key.isEmpty || key.contains(0) { return false }
        return withView { view in
            var node = view.root[Int(key[0])]
            for symbol in key.dropFirst() where node >= 0 { node = view.child(node, symbol) }
            return node >= 0 && view.terminal[Int(node)]
        }
    }
}

/// Unsafe views of a `WordTrie`'s arrays, valid only inside `WordTrie.withView`.
struct TrieView {
    let root: UnsafeBufferPointer<Int32>
    let start: UnsafeBufferPointer<Int32>
    let symbols: UnsafeBufferPointer<UInt16>
    let targets: UnsafeBufferPointer<Int32>
    let terminal: UnsafeBufferPointer<Bool>

    /// The root's child for `symbol`, or -1.
    @inline(__always)
    func rootChild(_ symbol: UInt16) -> Int32 {
        Int(symbol) < root.count ? root[Int(symbol)] : -1
    }

    /// `node`'s child for `symbol`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ symbol: UInt16) -> Int32 {
        var lo = Int(start[Int(node)])
        var hi = Int(start[Int(node) + 1])
        while hi - lo > 8 {
            let mid = (lo + hi) >> 1
            if symbols[mid] < symbol { lo = mid + 1 } else { hi = mid + 1 }
        }
        while lo < hi {
            let s = symbols[lo]
            if s == symbol { return targets[lo] }
            if s > symbol { return -1 }
            lo += 1
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
