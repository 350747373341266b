/// The path search: newmm's behaviour, re-derived for one linear pass without per-character allocation.
///
/// newmm explores dictionary words from the smallest pending position; once a single position is
/// pending, every explored path meets there, so the window is settled: its breadth-first path (fewest
/// words, earliest boundaries first) is emitted. A position with no pending alternative and no word
/// starts an unknown stretch, which runs to the next place a real word or a non-Thai run can start.
/// Pending positions only grow, so a flag array with a forward cursor replaces the heap, and the
/// breadth-first search becomes a backward pass over the window's nodes.
extension WordSegmenter {
    /// newmm's cut-off: past this many edges in a window, each position keeps only its shortest word.
    static let maxGraphSize = 50

    func cutPositions(
        _ s: UnsafeBufferPointer<UInt32>,
        _ sym: UnsafeBufferPointer<UInt16>,
        work: inout WorkCounter
    ) -> [Int] {
        let n = s.count
        if n == 0 { return [] }
        // One block of scratch per call: cluster boundaries, pending flags, per-node edge ranges, distances.
        var valid = [Bool](repeating: false, count: n + 1)
        var pending = [Bool](repeating: false, count: n + 1)
        var edgeFrom = [Int32](repeating: 0, count: n + 1)
        var edgeTo = [Int32](repeating: 0, count: n + 1)
        var distance = [Int32](repeating: 0, count: n + 1)
        var edges: [Int32] = []
        var window: [Int32] = []
        var cuts: [Int] = []
        cuts.reserveCapacity(n / 3 + 4)

        trie.withView { trie in
        valid.withUnsafeMutableBufferPointer { valid in
        pending.withUnsafeMutableBufferPointer { pending in
        edgeFrom.withUnsafeMutableBufferPointer { edgeFrom in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        distance.withUnsafeMutableBufferPointer { distance in
            ThaiCharacterClusters.markBoundaries(s, into: valid)

            var endPos = 0          // everything before is emitted
            var cursor = 0          // the smallest pending position is at or after it
            var pendingCount = 1
            var graphSize = 0
            pending[0] = true

            while true {
                while !pending[cursor] { cursor += 1 }
                let begin = cursor
                if begin >= n { break }
                pending[begin] = false
                pendingCount -= 1
                work.positions += 1

                // Dictionary words from `begin` that end on a cluster boundary, shortest first.
                edgeFrom[begin] = Int32(edges.count)
                if graphSize <= Self.maxGraphSize {
                    var node = trie.rootChild(sym[begin])
                    var i = begin + 1
                    while node >= 0 {
                        work.trieSteps += 1
                        if trie.terminal[Int(node)], valid[i] {
                            edges.append(Int32(i))
                            graphSize += 1
                            if !pending[i] { pending[i] = true; pendingCount += 1 }
                            if graphSize > Self.maxGraphSize { break }
                        }
                        if i >= n { break }
                        node = trie.child(node, sym[i])
                        i += 1
                    }
                } else {
                    // Past the cut-off newmm still adds the first (shortest) word.
                    var node = trie.rootChild(sym[begin])
                    var i = begin + 1
                    while node >= 0 {
                        work.trieSteps += 1
                        if trie.terminal[Int(node)], valid[i] {
                            edges.append(Int32(i))
                            graphSize += 1
                            if !pending[i] { pending[i] = true; pendingCount += 1 }
                            break
                        }
                        if i >= n { break }
                        node = trie.child(node, sym[i])
                        i += 1
                    }
                }
                edgeTo[begin] = Int32(edges.count)
                window.append(Int32(begin))

                if pendingCount == 1 {
                    var goal = begin + 1
                    while !pending[goal] { goal += 1 }
                    emitWindow(
                        from: endPos, to: goal, window: window, edges: edges,
                        edgeFrom: edgeFrom, edgeTo: edgeTo, distance: distance, cuts: &cuts, work: &work
                    )
                    endPos = goal
                    cursor = goal
                    window.removeAll(keepingCapacity: true)
                    edges.removeAll(keepingCapacity: true)
                    graphSize = 0
                } else if pendingCount == 0 {
                    let end = unknownEnd(s, sym, from: begin, valid: valid, trie: trie, work: &work)
                    cuts.append(end)
                    endPos = end
                    cursor = end
                    pending[end] = true
                    pendingCount = 1
                    window.removeAll(keepingCapacity: true)
                    edges.removeAll(keepingCapacity: true)
                    graphSize = 0
                }
            }
        }}}}}}
        return NonThaiRuns.rejoinFormattedNumbers(s, cuts: cuts)
    }

    /// Emits the settled window's path: fewest words, and among those the earliest boundaries, which
    /// is the path newmm's breadth-first search meets first.
    @inline(__always)
    private func emitWindow(
        from start: Int, to goal: Int, window: [Int32], edges: [Int32],
        edgeFrom: UnsafeMutableBufferPointer<Int32>, edgeTo: UnsafeMutableBufferPointer<Int32>,
        distance: UnsafeMutableBufferPointer<Int32>, cuts: inout [Int], work: inout WorkCounter
    ) {
        // A single edge straight to the goal is by far the common case.
        if window.count == 1 {
            cuts.append(goal)
            return
        }
        let unreachable = Int32.max / 2
        distance[goal] = 0
        edges.withUnsafeBufferPointer { edges in
            // Every edge ends at the goal or at a later window node, so a backward pass sees it settled.
            for node in window.reversed() {
                var best = unreachable
                for e in Int(edgeFrom[Int(node)])..<Int(edgeTo[Int(node)]) {
                    let d = distance[Int(edges[e])] + 1
                    if d < best { best = d }
                }
                distance[Int(node)] = best
                work.edges += Int(edgeTo[Int(node)] - edgeFrom[Int(node)])
            }
            var v = start
            while v != goal {
                let want = distance[v] - 1
                var next = goal
                for e in Int(edgeFrom[v])..<Int(edgeTo[v]) where distance[Int(edges[e])] == want {
                    next = Int(edges[e])
                    break
                }
                cuts.append(next)
                v = next
            }
        }
    }

    /// The end of an unknown stretch starting at `begin`: a whole non-Thai run when one starts there,
    /// else the next cluster boundary where a word longer than two bare consonants, or a non-Thai
    /// run, starts.
    private func unknownEnd(
        _ s: UnsafeBufferPointer<UInt32>, _ sym: UnsafeBufferPointer<UInt16>, from begin: Int,
        valid: UnsafeMutableBufferPointer<Bool>, trie: TrieView, work: inout WorkCounter
    ) -> Int {
        if let end = NonThaiRuns.runEnd(s, at: begin) { return end }
        let n = s.count
        var pos = begin + 1
        while pos < n {
            work.positions += 1
            if valid[pos] {
                if startsRealWord(s, sym, at: pos, valid: valid, trie: trie, work: &work) { return pos }
                if NonThaiRuns.startsRun(s, at: pos) { return pos }
            }
            pos += 1
        }
        return n
    }

    /// Whether a dictionary word ending on a cluster boundary starts at `p`, other than one or two
    /// bare consonants (too weak to end an unknown stretch).
    @inline(__always)
    private func startsRealWord(
        _ s: UnsafeBufferPointer<UInt32>, _ sym: UnsafeBufferPointer<UInt16>, at p: Int,
        valid: UnsafeMutableBufferPointer<Bool>, trie: TrieView, work: inout WorkCounter
    ) -> Bool {
        let n = s.count
        var node = trie.rootChild(sym[p])
        var i = p + 1
        while node >= 0 {
            work.trieSteps += 1
            if trie.terminal[Int(node)], valid[i] {
                let length = i - p
                if length > 2 { return true }
                for k in p..<i where !Self.isConsonant(s[k]) { return true }
            }
            if i >= n { break }
            node = trie.child(node, sym[i])
            i += 1
        }
        return false
    }

    @inline(__always) static func isConsonant(_ c: UInt32) -> Bool { c &- 0x0E01 <= 0x2D }
}
