/// An evaluation as a report to read: precision and recall per level, then
/// each article's misses and extras with their quotes.
public enum EvaluationText {
    public static func report(_ evaluation: Evaluation, details: Bool = true) -> String {
        var lines = ["Suggestions against the hand annotations of \(evaluation.corpus) (\(evaluation.articles.count) articles)", ""]
        lines.append("level".padding(32) + "precision  recall   found  extra  missed")
        func row(_ name: String, _ counts: Evaluation.Counts) {
            lines.append(name.padding(32) + percent(counts.precision).padding(11) + percent(counts.recall).padding(9)
                         + String(counts.truePositives).padding(7) + String(counts.falsePositives).padding(7)
                         + String(counts.falseNegatives))
        }
        row("relations: type+pair+direction", evaluation.typePairAndDirection)
        row("relations: type+pair", evaluation.typeAndPair)
        row("relations: pair", evaluation.pair)
        row("factions", evaluation.factions)
        let found = evaluation.typePairAndDirection.truePositives
        lines.append("")
        lines.append("of the \(found) relations found, \(evaluation.sameConfidence) have the analyst's confidence and \(evaluation.sameDate) the analyst's date")
        lines.append("\(evaluation.quotes) quotes, all cut from the text; \(evaluation.draftsPassingCheck) of \(evaluation.articles.count) drafts pass check")
        guard details else { return lines.joined(separator: "\n") + "\n" }
        for article in evaluation.articles where !article.missed.isEmpty || !article.extra.isEmpty || !article.checkErrors.isEmpty
            || !article.missedFactions.isEmpty || !article.extraFactions.isEmpty {
            lines.append("")
            lines.append(article.path)
            for (key, quote) in article.missed { lines.append("  missed  \(key)   \"\(quote)\"") }
            for (key, quote) in article.extra { lines.append("  extra   \(key)   \"\(quote)\"") }
            if !article.missedFactions.isEmpty { lines.append("  missed factions: \(article.missedFactions.joined(separator: ", "))") }
            if !article.extraFactions.isEmpty { lines.append("  extra factions: \(article.extraFactions.joined(separator: ", "))") }
            for error in article.checkErrors { lines.append("  check: \(error)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
