/// Finds many byte strings in one text in a single pass (Aho-Corasick).
///
/// An article with 100,000 relations quotes its body 100,000 times; looking
/// each quote up on its own reads the body once per quote, and took 235 s.
/// Here the quotes become one automaton and the body is read once: the
/// cost is the body's length plus the quotes' total length, however many
/// there are and however repetitive the text.
///
/// Besides where each quote first occurs, the scan learns where every
/// beginning of every quote first occurs, which says how much of a missing
/// quote the text does hold.
struct MultiPatternSearch {
    /// Trie nodes; node 0 is the root (the empty string).
    private var failure: [Int32] = [0]
    private var depth: [Int32] = [0]
    /// Each node's children as a linked list, for the breadth-first pass.
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// Edges: `node << 8 | byte` to the child.
    private var children: [UInt64: Int32] = [:]
    /// The root's edges, looked up for most bytes of most texts.
    private var rootChildren = [Int32](repeating: -1, count: 256)
    /// Nodes in breadth-first order (parents before children, failure
    /// targets, being shallower, before their sources).
    private var order: [Int32] = []
    /// The node where each pattern ends.
    private(set) var patternNodes: [Int32] = []
    private let patterns: [[UInt8]]

    /// - Complexity: O(total length of `patterns`).
    init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        patternNodes.reserveCapacity(patterns.count)
        for pattern in patterns {
            var node: Int32 = 0
            for byte in pattern {
                node = child(of: node, byte) ?? addChild(of: node, byte)
            }
            patternNodes.append(node)
        }
        computeFailures()
    }

    private func child(of node: Int32, _ byte: UInt8) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(byte)]
            return child < 0 ? nil : child
        }
        return children[UInt64(node) << 8 | UInt64(byte)]
    }

    private mutating func addChild(of node: Int32, _ byte: UInt8) -> Int32 {
        let new = Int32(failure.count)
        failure.append(0)
        depth.append(depth[Int(node)] + 1)
        firstChild.append(-1)
        nextSibling.append(firstChild[Int(node)])
        firstChild[Int(node)] = new
        if node == 0 { rootChildren[Int(byte)] = new } else { children[UInt64(node) << 8 | UInt64(byte)] = new }
        edgeBytes.append(byte)
        return new
    }

    /// The byte on the edge into each node (the root's is unused).
    private var edgeBytes: [UInt8] = [0]

    private mutating func computeFailures() {
        order.reserveCapacity(failure.count)
        order.append(0)
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            var childNode = firstChild[Int(node)]
            while childNode >= 0 {
                order.append(childNode)
                if node != 0 {
                    failure[Int(childNode)] = transition(from: failure[Int(node)], edgeBytes[Int(childNode)])
                }
                childNode = nextSibling[Int(childNode)]
            }
        }
    }

    /// The automaton's move: the longest suffix of (the node's string +
    /// `byte`) that is a node.
    private func transition(from node: Int32, _ byte: UInt8) -> Int32 {
        var node = node
        while true {
            if let next = child(of: node, byte) { return next }
            if node == 0 { return 0 }
            node = failure[Int(node)]
        }
    }

    /// What one scan of a text found.
    struct Scan {
        /// For each node, the offset just past its first occurrence, or -1.
        fileprivate var firstEnd: [Int]
        fileprivate let search: MultiPatternSearch

        /// Where pattern `index` first occurs, or `nil`.
        func offset(ofPattern index: Int) -> Int? {
            let end = firstEnd[Int(search.patternNodes[index])]
            return end < 0 ? nil : end - search.patterns[index].count
        }

        /// Where the first `length` bytes of pattern `index` first occur,
        /// or `nil`.
        func offset(ofPattern index: Int, prefix length: Int) -> Int? {
            guard length > 0 else { return 0 }
            var node: Int32 = 0
            for byte in search.patterns[index][..<length] {
                guard let next = search.child(of: node, byte) else { return nil }
                node = next
            }
            let end = firstEnd[Int(node)]
            return end < 0 ? nil : end - length
        }

        /// The longest beginning of pattern `index` that occurs: its length
        /// and first offset (0 and 0 when none does).
        func longestPrefix(ofPattern index: Int) -> (length: Int, offset: Int) {
            var best = (length: 0, offset: 0)
            var node: Int32 = 0
            // Beginnings that occur are closed under shortening: walk down
            // the pattern's path while its nodes occur.
            for byte in search.patterns[index] {
                guard let next = search.child(of: node, byte), firstEnd[Int(next)] >= 0 else { break }
                node = next
                best = (Int(search.depth[Int(node)]), firstEnd[Int(node)] - Int(search.depth[Int(node)]))
            }
            return best
        }
    }

    /// Reads `text` once.
    /// - Complexity: O(`text.count` + the number of nodes).
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> Scan {
        var firstEnd = [Int](repeating: -1, count: failure.count)
        var node: Int32 = 0
        for index in text.indices {
            node = transition(from: node, text[index])
            if firstEnd[Int(node)] < 0 { firstEnd[Int(node)] = index + 1 }
        }
        // A node's string also ends wherever a node it is a suffix of ends
        // (the nodes whose failure chain passes through it): deepest first,
        // hand each first end down the failure link.
        for node in order.reversed() where node != 0 {
            let end = firstEnd[Int(node)]
            guard end >= 0 else { continue }
            let target = Int(failure[Int(node)])
            if firstEnd[target] < 0 || end < firstEnd[target] { firstEnd[target] = end }
        }
        return Scan(firstEnd: firstEnd, search: self)
    }
}
