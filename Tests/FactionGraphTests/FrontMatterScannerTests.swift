import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// `FrontMatterScanner` gives libyaml's events for every front matter it
/// reads, and leaves the rest to libyaml: the articles of the repository,
/// thousands of changes to them, and the shapes written by hand.
@Suite struct FrontMatterScannerTests {
    /// The front matter of `text` (its opening `---` included).
    static func frontMatter(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard case let .frontMatter(yaml, _, _) = bytes.withUnsafeBufferPointer({ SourceText.split($0) }) else { return nil }
        return Array(bytes[yaml])
    }

    static func disagreement(_ yaml: [UInt8], implicitStart: Bool = false) -> String? {
        yaml.withUnsafeBufferPointer { ScannerCheck.disagreement($0, implicitStart: implicitStart) }
    }

    static func isScanned(_ yaml: [UInt8], implicitStart: Bool = false) -> Bool {
        yaml.withUnsafeBufferPointer { ScannerCheck.isScanned($0, implicitStart: implicitStart) }
    }

    /// The registries and vocabularies of the samples and the test
    /// fixtures, each a whole YAML file.
    static func registries() throws -> [(path: String, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: RepositoryPaths.samples).deletingLastPathComponent()
        var found: [(String, [UInt8])] = []
        for directory in ["samples", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(directory)
            let walker = FileManager.default.enumerator(atPath: base.path)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".yaml"),
                      let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path) else { continue }
                found.append((directory + "/" + relative, Array(data)))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// `original` with one to three random edits at or after scalar
    /// `start`: one of `pieces` inserted, or up to three scalars removed.
    static func edited(_ original: [Unicode.Scalar], after start: Int, with pieces: [String],
                       using random: inout SeededGenerator) -> String {
        var changed = original
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = Int.random(in: start...changed.count, using: &random)
            if Bool.random(using: &random) {
                changed.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: at)
            } else {
                changed.removeSubrange(at..<min(changed.count, at + Int.random(in: 1...3, using: &random)))
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: changed)
        return text
    }

    /// The node tree (or the error) a registry's reader gets: from the
    /// scanner's events where it reads the text, and from libyaml's.
    static func trees(_ bytes: [UInt8]) -> (scanned: String, libyaml: String) {
        func described(_ result: Result<YAMLNode?, YAMLSyntaxError>) -> String {
            switch result {
            case .success(let root): return String(reflecting: root)
            case .failure(let failure):
                return "\(failure.line):\(failure.column): \(failure.message); read before: \(String(reflecting: failure.partial))"
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            (described(YAMLParser.parse(validUTF8: buffer)), described(YAMLParser.parse(UnsafeRawBufferPointer(buffer))))
        }
    }

    @Test func everyArticleOfTheRepositoryIsScannedAsLibYAMLReadsIt() throws {
        var scanned = 0
        var samples = 0
        for (path, text) in try EventReaderTests.articles() {
            guard let yaml = Self.frontMatter(text) else { continue }
            #expect(Self.disagreement(yaml) == nil, "\(path)")
            if Self.isScanned(yaml) { scanned += 1 }
            if path.hasPrefix("samples/") {
                samples += 1
                #expect(Self.isScanned(yaml), "\(path) is left to libyaml")
            }
        }
        #expect(samples >= 10)
        #expect(scanned > 100)
    }

    /// Random edits of the samples' front matters with the characters
    /// that matter to YAML: the scanner agrees with libyaml on every one
    /// it reads, and reads a good share of them (or the test would prove
    /// little).
    @Test func changedArticlesAreScannedAsLibYAMLReadsThemOrLeftToIt() throws {
        let pieces = [" ", "  ", "\n", "\n  ", "\n    ", "-", "- ", "\n- ", ":", ": ", " #", "#", "'", "''", "\"", "\\",
                      "\\\"", "\\n", "\\x41", "{", "}", "[", "]", ",", ", ", "{a: b}", "[a, 'b']", "\t", "\r\n", "é", "ع",
                      "&a ", "*a", "!", "|", ">", "? ", "...", "---", "%", "@", "`", "~", "null", "\u{85}", "\u{2028}",
                      "\u{FEFF}", "x", "key: value"]
        var random = SeededGenerator(seed: 13)
        var tried = 0
        var scanned = 0
        for (path, text) in try EventReaderTests.articles() where path.hasPrefix("samples/") {
            guard let yaml = Self.frontMatter(text) else { continue }
            let original = Array(String(decoding: yaml, as: UTF8.self).unicodeScalars)
            for _ in 0..<400 {
                let changedText = Self.edited(original, after: 4, with: pieces, using: &random)
                let bytes = Array(changedText.utf8)
                tried += 1
                if Self.isScanned(bytes) { scanned += 1 }
                #expect(Self.disagreement(bytes) == nil, "\(path) changed to\n\(changedText)")
            }
        }
        #expect(tried >= 4_000)
        #expect(scanned > tried / 5)
    }

    /// The characters libyaml reads in a way of its own (C1 controls, the
    /// Unicode line separators, byte order marks, U+FFFE and U+FFFF) are
    /// left to it wherever they stand in the sixteen bytes the scanner
    /// looks at together, between Arabic and accented letters and curly
    /// quotes, which it reads itself.
    @Test(arguments: ["\u{80}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}"])
    func charactersOfTheirOwnAreLeftToLibYAMLAtEveryOffset(_ character: String) {
        let value = "عربي ’quoted’ — ñandú " + String(repeating: "x", count: 30)
        #expect(Self.isScanned(Array("---\na: \(value)\n".utf8)))
        for offset in 0...value.count {
            var changed = value
            changed.insert(contentsOf: character, at: changed.index(changed.startIndex, offsetBy: offset))
            #expect(!Self.isScanned(Array("---\na: \(changed)\n".utf8)), "at \(offset)")
        }
    }

    /// Registries are read whole (no `---` first): the scanner gives
    /// libyaml's events and the same tree for every one of the repository
    /// that it reads, and reads the samples' own.
    @Test func everyRegistryOfTheRepositoryIsScannedAsLibYAMLReadsIt() throws {
        var scanned = 0
        for (path, bytes) in try Self.registries() where bytes.withUnsafeBufferPointer({ SourceText.firstInvalidUTF8(in: $0) }) == nil {
            if path == "samples/factions.yaml" { #expect(Self.isScanned(bytes, implicitStart: true)) }
            // What the scanner leaves to libyaml is read alike either way
            // (and may be a billion laughs, too large to describe).
            guard Self.isScanned(bytes, implicitStart: true) else { continue }
            scanned += 1
            #expect(Self.disagreement(bytes, implicitStart: true) == nil, "\(path)")
            let trees = Self.trees(bytes)
            #expect(trees.scanned == trees.libyaml, "\(path)")
        }
        #expect(scanned >= 10)
    }

    /// Random edits of the samples' registry: the same events and the
    /// same tree (or error) as libyaml's, for every one the scanner reads;
    /// and it reads a good share.
    @Test func changedRegistriesAreScannedAsLibYAMLReadsThemOrLeftToIt() throws {
        let pieces = [" ", "  ", "\n", "\n  ", "\n    ", "-", "- ", "\n- ", ":", ": ", " #", "#", "'", "\"", "\\",
                      "{", "}", "[", "]", ",", "{a: b}", "[a, 'b']", "\t", "\r\n", "ع", "&a ", "*a", "!", "|", "? ",
                      "...", "---", "---\n", "%YAML 1.1\n", "\u{FEFF}", "x", "key: value", "aliases: [a, b]"]
        let original = Array(try String(contentsOfFile: RepositoryPaths.samples + "/factions.yaml", encoding: .utf8).unicodeScalars)
        var random = SeededGenerator(seed: 29)
        var tried = 0
        var scanned = 0
        for _ in 0..<1_500 {
            let changedText = Self.edited(original, after: 0, with: pieces, using: &random)
            let bytes = Array(changedText.utf8)
            tried += 1
            guard Self.isScanned(bytes, implicitStart: true) else { continue }
            scanned += 1
            #expect(Self.disagreement(bytes, implicitStart: true) == nil, "changed to\n\(changedText)")
            let trees = Self.trees(bytes)
            #expect(trees.scanned == trees.libyaml, "changed to\n\(changedText)")
        }
        #expect(scanned > tried / 5)
    }

    /// What front matters look like, written by hand or by programs: each
    /// is read by the scanner, alike.
    @Test(arguments: [
        "---\narticle:\n  title: T\n  published: 2019-01\nrelations:\n- split: a -> b\n  evidence:\n  - q\n- combat: a -- b\n",
        "---\nrelations:\n  - alliance: a -- b\n    evidence:\n      - \"He said \\\"no\\\" \\\\ \\/ \\t\"\n      - 'it''s'\n",
        "---\nx: {حزب الله: 3, \"b, c\": 'd', e f: g}\ny: [a, \"b\", 'c']\nz: []\nw: {}\n",
        "---\n# a comment\narticle:   # another\n\n  title:   Spaces after   \n  url: https://example.org/a?b=c#d\n",
        "---\na:\nb: ~\nc:\n  d:\ne:\n",
        "---\n  root: indented\n  second: 2\n",
        "---\nأ: عربي\nب: {ج: د, \"هـ\": و}\n",
        "---\nlist:\n-   spaced: item\n    next: value\n-   plain item\n",
        "---\nk: \"\"\nl: ''\nm: \" padded \"\n",
        "---\nk: a # c\nl: a#b\nm: a ,b, c\n",
        "---\r\narticle:\r\n  title: Written on Windows \r\n  list:\r\n  - x\r\n  - {a: b}\r\n  empty:\r\n",
    ])
    func commonShapesAreScanned(_ yaml: String) {
        let bytes = Array(yaml.utf8)
        let disagreement = Self.disagreement(bytes)
        #expect(Self.isScanned(bytes))
        #expect(disagreement == nil, "\(disagreement ?? "")")
    }

    /// What the scanner leaves to libyaml, which reads it or reports it.
    @Test(arguments: [
        "---\na: b\tc\n", "---\na: b\rc\n", "---\ra: b\r", "---\na: b\r", "---\na: b\r\r\nc: d\n", "---\na: \u{85}b\n", "\u{FEFF}---\na: b\n", "--- \na: b\n", "---\na: one\n  two\n",
        "---\na: |\n  text\n", "---\na: >\n  text\n", "---\na: &x b\nc: *x\n", "---\na: !!str b\n", "---\n? a\n: b\n",
        "---\n\"a\": b\n", "---\na: b\n...\n", "---\na: b\n---\nc: d\n", "---\na: \"b\n  c\"\n", "---\na: \"\\x41\"\n",
        "---\na: {b: c,}\n", "---\na: {b: c\n  , d: e}\n", "---\na: [b, [c]]\n", "---\na: b: c\n", "---\na: -1\n",
        "---\n- a\n- b\n", "---\na\n", "---\n", "---\na:\n    b: c\n  d: e\n", "---\na: b\n c: d\n",
        "---\nlist:\n  - a\n  b: c\n", "---\na: b\u{85}c\n", "---\na: b\u{2028}c\n", "---\n%YAML 1.1\na: b\n",
        "---\na: {b:c}\n", "---\na: [b:c]\n", "---\n-\n  a: b\n", "---\nx:\n- - a\n",
    ])
    func unusualYAMLIsLeftToLibYAML(_ yaml: String) {
        #expect(!Self.isScanned(Array(yaml.utf8)))
    }
}
