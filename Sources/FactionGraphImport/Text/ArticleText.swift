import FactionGraph

/// The text of an imported article: front matter in a fixed key order,
/// every string double-quoted, then the body. The same article always gives
/// the same bytes.
enum ArticleText {
    static func render(_ article: DraftArticle) -> String {
        var text = "---\narticle:\n"
        text += "  id: \(YAMLText.quoted(article.id))\n"
        text += "  title: \(YAMLText.quoted(article.title))\n"
        text += "  published: \(article.published)\n"
        if let source = article.source { text += "  source: \(YAMLText.quoted(source))\n" }
        if let url = article.url { text += "  url: \(YAMLText.quoted(url))\n" }
        if !article.relations.isEmpty {
            text += "relations:\n"
            for relation in article.relations { text += render(relation, published: article.published) }
        }
        text += "---\n"
        text += body(article.body)
        return text
    }

    private static func render(_ relation: DraftRelation, published: PartialDate) -> String {
        var text = "  - \(relation.type): \(YAMLText.quoted("\(relation.from) \(relation.connector) \(relation.to)"))\n"
        if let date = relation.date, date != published {
            text += "    date: \(date)\n"
        }
        if let until = relation.until { text += "    until: \(until)\n" }
        if let place = relation.place { text += "    where: \(YAMLText.quoted(place))\n" }
        if let fatalities = relation.fatalities {
            if let low = fatalities.low, let high = fatalities.high {
                text += "    fatalities: {best: \(fatalities.best), low: \(low), high: \(high)}\n"
            } else {
                text += "    fatalities: \(fatalities.best)\n"
            }
        }
        if let confidence = relation.confidence, confidence != .default {
            text += "    confidence: \(confidence.rawValue)\n"
        }
        if relation.evidence.count == 1 {
            text += "    evidence: \(YAMLText.quoted(relation.evidence[0]))\n"
        } else {
            text += "    evidence:\n"
            for quote in relation.evidence { text += "      - \(YAMLText.quoted(quote))\n" }
        }
        if let note = relation.note { text += "    note: \(YAMLText.quoted(note))\n" }
        return text
    }

    /// The body with one line break at its end.
    private static func body(_ body: String) -> String {
        var body = body
        while body.hasSuffix("\n") { body.removeLast() }
        return body + "\n"
    }
}
