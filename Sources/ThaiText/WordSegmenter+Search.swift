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
        var cuts: [Int] = []
        cuts.reserveCapacity(n / 3 + 4)
        // One zeroed block of scratch per call: per position, the edge range of a popped node and its
        // distance to the window's goal (Int32s), then cluster-boundary and pending flags (bytes);
        // then the window's edge ends and nodes. A window holds at most maxGraphSize + 1 edges plus
        // one per node, so n + maxGraphSize + 2 slots bound the edge list.
        let slots = n + 1
        let edgeCapacity = n + Self.maxGraphSize + 2
        let int32Count = 3 * slots + edgeCapacity + slots
        let raw = UnsafeMutableRawPointer.allocate(byteCount: int32Count * 4 + 2 * slots, alignment: 4)
        defer { raw.deallocate() }
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: int32Count * 4 + 2 * slots)
        let ints = raw.bindMemory(to: Int32.self, capacity: int32Count)
        let edgeFrom = ints, edgeTo = ints + slots, distance = ints + 2 * slots
        let edges = ints + 3 * slots, window = edges + edgeCapacity
        let flags = (raw + int32Count * 4).bindMemory(to: Bool.self, capacity: 2 * slots)
        let valid = UnsafeMutableBufferPointer(start: flags, count: slots)
        let pending = flags + slots

        var trieSteps = 0, positions = 0, edgeVisits = 0
        trie.withView { trie in
            ThaiCharacterClusters.markBoundaries(s, into: valid)

            var endPos = 0          // everything before is emitted
            var cursor = 0          // the smallest pending position is at or after it
            var pendingCount = 1
            var graphSize = 0
            var edgeCount = 0
            var windowCount = 0
            pending[0] = true

            while true {
                while !pending[cursor] { cursor += 1 }
                let begin = cursor
                if begin >= n { break }
                pending[begin] = false
                pendingCount -= 1
                positions += 1

                // Dictionary words from `begin` that end on a cluster boundary, shortest first; past
                // newmm's cut-off only the first one.
                edgeFrom[begin] = Int32(edgeCount)
                let limit = graphSize > Self.maxGraphSize ? 0 : Self.maxGraphSize
                var node = trie.rootChild(sym[begin])
                var i = begin + 1
                while node >= 0 {
                    trieSteps += 1
                    if trie.isTerminal(node), valid[i] {
                        edges[edgeCount] = Int32(i)
                        edgeCount += 1
                        graphSize += 1
                        if !pending[i] { pending[i] = true; pendingCount += 1 }
                        if graphSize > limit { break }
                    }
                    if i >= n { break }
                    node = trie.child(node, sym[i])
                    i += 1
                }
                edgeTo[begin] = Int32(edgeCount)
                window[windowCount] = Int32(begin)
                windowCount += 1

                if pendingCount == 1 {
                    var goal = begin + 1
                    while !pending[goal] { goal += 1 }
                    if windowCount == 1 {
                        // A single node: its only pending end is the goal (the common case).
                        cuts.append(goal)
                    } else {
                        edgeVisits += emitWindow(
                            from: endPos, to: goal, window: UnsafeBufferPointer(start: window, count: windowCount),
                            edges: edges, edgeFrom: edgeFrom, edgeTo: edgeTo, distance: distance, cuts: &cuts
                        )
                    }
                    endPos = goal
                    cursor = goal
                    windowCount = 0
                    edgeCount = 0
                    graphSize = 0
                } else if pendingCount == 0 {
                    let end = unknownEnd(s, sym, from: begin, valid: valid, trie: trie, work: &work)
                    cuts.append(end)
                    endPos = end
                    cursor = end
                    pending[end] = true
                    pendingCount = 1
                    windowCount = 0
                    edgeCount = 0
                    graphSize = 0
                }
            }
        }
        work.trieSteps += trieSteps
        work.positions += positions
        work.edges += edgeVisits
        return NonThaiRuns.rejoinFormattedNumbers(s, cuts: cuts)
    }

    /// Emits the settled window's path: fewest words, and among those the earliest boundaries, which
    /// is the path newmm's breadth-first search meets first. Returns the edges examined.
    private func emitWindow(
        from start: Int, to goal: Int, window: UnsafeBufferPointer<Int32>, edges: UnsafeMutablePointer<Int32>,
        edgeFrom: UnsafeMutablePointer<Int32>, edgeTo: UnsafeMutablePointer<Int32>,
        distance: UnsafeMutablePointer<Int32>, cuts: inout [Int]
    ) -> Int {
        let unreachable = Int32.max / 2
        var visits = 0
        distance[goal] = 0
        // Every edge ends at the goal or at a later window node, so a backward pass sees it settled.
        for node in window.reversed() {
            var best = unreachable
            let from = Int(edgeFrom[Int(node)]), to = Int(edgeTo[Int(node)])
            for e in from..<to {
                let d = distance[Int(edges[e])] + 1
                if d < best { best = d }
            }
            distance[Int(node)] = best
            visits += to - from
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
        return visits
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
            if trie.isTerminal(node), valid[i] {
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
