/// Structural balance as text and JSON.
public enum BalanceOutput {
    public static func text(_ report: StructuralBalance.Report, names: [FactionID: String], articles: [Article]) -> String {
        var out = "Structural balance as of \(report.asOf): \(report.triangleCount) triangle\(report.triangleCount == 1 ? "" : "s"), "
            + "\(report.balancedCount) balanced, \(report.unbalanced.count) unbalanced"
        if let ratio = report.ratio { out += " (balance ratio \(formatted(ratio)))" }
        out += "\n"
        for triangle in report.unbalanced {
            out += "\nUnbalanced: " + triangle.factions.map { names[$0] ?? $0 }.joined(separator: ", ") + "\n"
            out += "  " + StructuralBalance.reading(triangle, names: names) + "\n"
            for edge in triangle.links.flatMap(\.edges) {
                out += "    " + RelationText.headline(edge, names: names) + "\n"
                out += RelationText.quotes(edge, articles: articles).map { "      " + $0 + "\n" }.joined()
            }
        }
        return out
    }

    struct TriangleObject: Encodable {
        var factions: [String]
        var reading: String
        var sign: String
        var relations: [SnapshotJSON.RelationObject]
    }

    struct Document: Encodable {
        var asOf: String
        var triangles: Int
        var balanced: Int
        var ratio: Double?
        var unbalanced: [TriangleObject]
    }

    public static func json(_ report: StructuralBalance.Report, names: [FactionID: String], articles: [Article]) -> String {
        let unbalanced = report.unbalanced.map { triangle in
            TriangleObject(factions: triangle.factions, reading: StructuralBalance.reading(triangle, names: names),
                           sign: triangle.sign.rawValue,
                           relations: triangle.links.flatMap(\.edges).map { SnapshotJSON.RelationObject($0, articles: articles) })
        }
        return SnapshotJSON.encode(Document(asOf: report.asOf.description, triangles: report.triangleCount,
                                            balanced: report.balancedCount,
                                            ratio: report.ratio.map { (($0 * 10_000).rounded()) / 10_000 },
                                            unbalanced: unbalanced))
    }

    /// A ratio with two decimals.
    static func formatted(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded())
        return "\(hundredths / 100).\((hundredths % 100).zeroPadded(2))"
    }
}
