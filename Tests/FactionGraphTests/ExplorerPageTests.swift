import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The explorer page as text: the data embedded once and safely, its own
/// script and style allowed by hash, nothing fetched.
@Suite struct ExplorerPageTests {
    static let hostileRegistry = """
        evil:
          name: "Brigade </script><script>window.pwned=1</script> <img src=x onerror=window.pwned=1> ]]>"
          aliases: ["<!-- x", "\\u2028line"]
        hts: Hayat Tahrir al-Sham

        """

    static let hostileArticle = """
        ---
        article: {title: "Title </SCRIPT><b>&amp; ]]>", published: 2020, url: "javascript:window.pwned=1"}
        relations:
          - combat: evil -- hts
            evidence: "it's </script><script>alert(1)</script> & \\"more\\""
        ---
        They said it's </script><script>alert(1)</script> & "more".

        """

    static func page(_ corpus: Corpus, title: String = "Title <&>") -> String {
        let data = ExplorerData.build(corpus)
        let positions = Dictionary(uniqueKeysWithValues: data.factions.enumerated().map { index, entry in
            (entry.faction.id, NodeBox(x: Double(index) * 100, y: 50, width: 80, height: 36))
        })
        return ExplorerPage.document(title: title, data: data, layout: ExplorerLayout(engine: "dot", positions: positions))
    }

    /// The text of the page's data element.
    static func dataBlock(_ page: String) throws -> String {
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
        let close = try #require(page[open.upperBound...].range(of: "</script>"))
        return String(page[open.upperBound..<close.lowerBound])
    }

    @Test func articleTextCannotEndTheDataOrBecomeMarkup() throws {
        let result = TestCorpus.read([("a.md", Self.hostileArticle)], registry: Self.hostileRegistry)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let page = Self.page(result.corpus, title: "</title><script>x</script>")
        let data = try Self.dataBlock(page)
        for text in ["<", ">", "&", "\u{2028}"] { #expect(!data.contains(text), "\(text) in the data") }
        // Two scripts: the data and the page's own; no other element from the text.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(!page.contains("<img") && !page.contains("<b>") && !page.contains("<!-- x"))
        #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"))
        // The data still says exactly what the articles say.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let factions = try #require(object["factions"] as? [[String: Any]])
        #expect(factions.map { $0["name"] as? String } == ["Brigade </script><script>window.pwned=1</script> <img src=x onerror=window.pwned=1> ]]>", "Hayat Tahrir al-Sham"])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.first?["title"] as? String == "Title </SCRIPT><b>&amp; ]]>")
        // Only http(s) addresses are kept as links.
        #expect(articles.first?["url"] == nil)
        let reports = try #require(object["reports"] as? [[String: Any]])
        let quotes = try #require(reports.first?["quotes"] as? [[Any]])
        #expect(quotes.first?.first as? String == "it's </script><script>alert(1)</script> & \"more\"")
    }

    @Test func thePolicyAllowsOnlyThePagesOwnScriptAndStyle() throws {
        let page = Self.page(TimelineTests.corpus())
        let policy = ExplorerPage.contentSecurityPolicy
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"))
        #expect(policy.hasPrefix("default-src 'none'; script-src 'sha256-"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
        #expect(policy.contains("'sha256-\(SHA256.base64Digest(ExplorerPage.script))'"))
        #expect(policy.contains("'sha256-\(SHA256.base64Digest(ExplorerPage.style))'"))
        // The hashes are of exactly what is between the tags.
        #expect(page.contains("<script>\(ExplorerPage.script)</script>"))
        #expect(page.contains("<style>\(ExplorerPage.style)</style>"))
        // The policy comes before any script or style it governs.
        let meta = try #require(page.range(of: "Content-Security-Policy"))
        #expect(meta.lowerBound < page.range(of: "<style>")!.lowerBound)
    }

    @Test func theScriptAndStyleAreTheFilesInTheRepository() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/FactionGraph/Timeline")
        let script = try String(contentsOf: folder.appendingPathComponent("explorer.js"), encoding: .utf8)
        let style = try String(contentsOf: folder.appendingPathComponent("explorer.css"), encoding: .utf8)
        #expect(ExplorerPage.script == script)
        #expect(ExplorerPage.style == style)
        // Nothing in them may end their element early.
        #expect(!script.lowercased().contains("</script") && !style.lowercased().contains("</style"))
    }

    /// Node's own parser accepts the script (when Node is installed).
    @Test func nodeCheckAcceptsTheScript() throws {
        guard let node = ["/usr/bin/node", "/usr/local/bin/node"].first(where: FileManager.default.isExecutableFile) else { return }
        let file = RepositoryPaths.root.appendingPathComponent("Sources/FactionGraph/Timeline/explorer.js").path
        let result = try Subprocess.run(node, ["--check", file])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func thePageFetchesNothing() throws {
        let page = Self.page(TimelineTests.corpus())
        #expect(!page.contains("<link") && !page.contains("<img") && !page.contains("src="))
        #expect(!page.contains("fetch(") && !page.contains("XMLHttpRequest") && !page.contains("@import") && !page.contains("url(http"))
        // The only address is the SVG namespace.
        for scheme in ["http://", "https://"] {
            for after in page.components(separatedBy: scheme).dropFirst() {
                #expect(after.hasPrefix("www.w3.org/2000/svg"), "\(scheme)\(after.prefix(40))")
            }
        }
    }

    @Test func sha256MatchesKnownDigests() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.base64Digest("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }

    @Test func escapingCoversAttributeAndElementText() {
        #expect(HTMLText.escaped(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLText.escaped("حراس الدين") == "حراس الدين")
        #expect(JSONText.string("a</script>\u{2028}\"\\\n\u{1}") == #""a\u003c/script\u003e\u2028\"\\\n\u0001""#)
        // Other characters are written as they are, whatever their bytes.
        #expect(JSONText.string("“quote” … \u{2029}حراس é") == "\"“quote” … \\u2029حراس é\"")
    }
}
