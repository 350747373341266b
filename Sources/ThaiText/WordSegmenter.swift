import Foundation

/// Dictionary-based Thai word segmentation in the manner of PyThaiNLP's newmm.
///
/// Maximal matching over Thai Character Clusters: a word boundary never splits a cluster, and where
/// the dictionary allows several segmentations the one with the fewest words wins (ties go to the
/// path with the earliest boundaries). Text the dictionary cannot cover becomes one token per
/// unknown stretch; Latin words, numbers, runs of spaces, newlines and other symbols are tokens of
/// their own. Tokens always concatenate back to the input exactly.
public struct WordSegmenter: Sendable {
    let trie: WordTrie

    /// The bundled segmenter: PyThaiNLP's Thai word list plus Accord's domain lexicon, built once.
    public static var thai: WordSegmenter { BundledLexicon.thai }

    /// The bundled segmenter without Accord's domain lexicon: the same word list as newmm's default.
    public static var thaiGeneral: WordSegmenter { BundledLexicon.general }

    /// A segmenter over a custom dictionary (each word trimmed; empty words ignored).
    public init(words: some Sequence<String>) {
        trie = WordTrie(words: words)
    }

    /// The number of distinct words in the dictionary.
    public var wordCount: Int { trie.wordCount }

    /// The tokens of `text` as ranges, in order, covering it exactly.
    public func segment(_ text: String) -> [Range<String.Index>] {
        if text.isEmpty { return [] }
        var work = WorkCounter()
        return withScalars(of: text) { scalars, symbols in
            let cuts = cutPositions(scalars, symbols, work: &work)
            return ranges(of: text, scalars: scalars, cuts: cuts)
        }
    }

    /// The tokens of `text` as substrings; `words(t).joined() == t`.
    public func words(_ text: String) -> [Substring] {
        segment(text).map { text[$0] }
    }

    /// Token end offsets in Unicode scalars (the last is the scalar count), and the work done.
    func scalarCuts(_ text: String) -> (cuts: [Int], work: WorkCounter) {
        var work = WorkCounter()
        let cuts = withScalars(of: text) { scalars, symbols in cutPositions(scalars, symbols, work: &work) }
        return (cuts, work)
    }

    /// Decodes `text` once into scalar values and their trie symbols.
    private func withScalars<R>(
        of text: String,
        _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt16>) -> R
    ) -> R {
        let alphabet = trie.alphabet
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> R {
            // A scalar takes at least one byte, so the byte count bounds the scalar count; the
            // buffers are filled as decoded, never zeroed first.
            let scalars = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bytes.count)
            let symbols = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: bytes.count)
            defer {
                scalars.deallocate()
                symbols.deallocate()
            }
            var n = 0
            var i = 0
            let count = bytes.count
            while i < count {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                scalars.initializeElement(at: n, to: v)
                symbols.initializeElement(at: n, to: alphabet.symbol(v))
                n += 1
            }
            return body(UnsafeBufferPointer(rebasing: scalars[0..<n]), UnsafeBufferPointer(rebasing: symbols[0..<n]))
        }
        if let r = text.utf8.withContiguousStorageIfAvailable(decode) { return r }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(decode)!
    }

    /// Converts scalar cut offsets into string ranges, walking UTF-8 lengths.
    private func ranges(of text: String, scalars: UnsafeBufferPointer<UInt32>, cuts: [Int]) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        out.reserveCapacity(cuts.count)
        let utf8 = text.utf8
        var lower = utf8.startIndex
        var byteOffset = 0
        var scalarOffset = 0
        for cut in cuts {
            while scalarOffset < cut {
                let v = scalars[scalarOffset]
                byteOffset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                scalarOffset += 1
            }
            let upper = utf8.index(utf8.startIndex, offsetBy: byteOffset)
            out.append(lower..<upper)
            lower = upper
        }
        return out
    }
}

/// Counts the elementary steps of a segmentation, so tests can check it stays linear.
struct WorkCounter {
    /// Trie transitions taken.
    var trieSteps = 0
    /// Positions considered by the path search and the unknown-stretch scan.
    var positions = 0
    /// Edges examined when choosing paths.
    var edges = 0
    var total: Int { trieSteps + positions + edges }
}

extension WordSegmenter {
    /// Appends the tokens of `text` to `out` as UTF-8 joined by `separator`, from the boundaries alone:
    /// no String per token, so output costs one pass over the bytes.
    public func appendJoinedUTF8(_ text: String, separator: [UInt8], to out: inout [UInt8]) {
        if text.isEmpty { return }
        let cuts = scalarCuts(text).cuts
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + cuts.count * separator.count)
            var scalar = 0, next = 0
            for b in bytes {
                if b & 0xC0 != 0x80 {
                    // A scalar starts here: a boundary before it when the previous token ended at it.
                    if next < cuts.count - 1, cuts[next] == scalar {
                        out.append(contentsOf: separator)
                        next += 1
                    }
                    scalar += 1
                }
                out.append(b)
            }
        }
    }

    /// The tokens of `text` joined by `separator`, as UTF-8 (`words(text).joined(separator:)` without
    /// the per-token Strings).
    public func joinedUTF8(_ text: String, separator: String = "|") -> [UInt8] {
        var out: [UInt8] = []
        appendJoinedUTF8(text, separator: Array(separator.utf8), to: &out)
        return out
    }
}

/// A stretch of streamed input that is not valid UTF-8 (byte offsets into the input).
public struct InvalidUTF8Error: Error, Sendable, Equatable {
    public var byteRange: Range<Int>
}

extension WordSegmenter {
    /// Segments `data` (UTF-8) a chunk at a time and hands each chunk's tokens, joined by `separator`,
    /// to `write`; the concatenation of what is written is `words(text).joined(separator:)`.
    ///
    /// Chunks of about `chunkSize` bytes end after a run of line breaks and spaces, where no token
    /// spans, so memory is bounded by the chunk and not the input. A chunk that is not UTF-8 stops
    /// the stream with its byte range (what came before it has been written).
    public func streamJoinedUTF8(_ data: Data, separator: String = "|", chunkSize: Int = 1 << 20,
                                 write: ([UInt8]) -> Void) throws(InvalidUTF8Error) {
        let sep = Array(separator.utf8)
        var out: [UInt8] = []
        var first = true
        for chunk in Self.chunks(of: data, size: max(1, chunkSize)) {
            guard let text = String(validating: data[chunk], as: UTF8.self) else {
                throw InvalidUTF8Error(byteRange: (chunk.lowerBound - data.startIndex)..<(chunk.upperBound - data.startIndex))
            }
            if !first { out.append(contentsOf: sep) }
            first = false
            appendJoinedUTF8(text, separator: sep, to: &out)
            write(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    /// Byte ranges of about `size` bytes, each ending after a run of line breaks and spaces that
    /// follows a line break; a text without one is a single chunk.
    static func chunks(of data: Data, size: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = data.startIndex
        let end = data.endIndex
        func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D || b == 0x20 || b == 0x09 }
        while start < end {
            var cut = min(end, start + size)
            if cut < end {
                while cut < end, data[cut] != 0x0A { cut += 1 }
                while cut < end, isBreak(data[cut]) { cut += 1 }
            }
            ranges.append(start..<cut)
            start = cut
        }
        return ranges
    }
}
