import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed with Foundation's XML parser: proof it is well-formed, and
/// the texts and titles Graphviz wrote, entities decoded.
public struct SVGDocument {
    /// The content of every `<text>` element, in document order.
    public var texts: [String] = []
    /// The content of every `<title>` element (graph, node, edge names).
    public var titles: [String] = []
    /// Every `xlink:href` attribute value, decoded.
    public var links: [String] = []
    /// Every `xlink:title` attribute value (tooltips), decoded.
    public var tooltips: [String] = []

    /// Parses `bytes`; nil when they are not well-formed XML.
    public init?(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        texts = collector.texts
        titles = collector.titles
        links = collector.links
        tooltips = collector.tooltips
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var titles: [String] = []
        var links: [String] = []
        var tooltips: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" || name == "title" { current = "" }
            if let link = attributes["xlink:href"] { links.append(link) }
            if let tooltip = attributes["xlink:title"] { tooltips.append(tooltip) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let text = current else { return }
            if name == "text" { texts.append(text) }
            if name == "title" { titles.append(text) }
            current = nil
        }
    }
}
