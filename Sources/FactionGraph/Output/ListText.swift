extension Array where Element == String {
    /// The items as an English list: `a`, `a and b`, `a, b and c` (with
    /// `and` or another conjunction).
    func joinedAsList(and conjunction: String = "and") -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " \(conjunction) " + last!
    }
}
