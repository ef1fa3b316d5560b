/// Snapshot JSON as releases before a field was added wrote it, for the
/// frozen golden files: adding fields is allowed, changing others is not.
enum FrozenJSON {
    /// Keys added to the snapshot JSON since the frozen files were written
    /// (with their array values): each faction's `names`.
    static let addedArrays = ["names"]

    /// `json` (pretty-printed, keys sorted) without the added keys, every
    /// other byte the same: their lines go, and when an added key was the
    /// last of its object, the comma it put after the key before it.
    static func withoutAddedFields(_ json: String) -> String {
        var lines = json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let indent = String(lines[index].prefix { $0 == " " })
            guard addedArrays.contains(where: { lines[index] == indent + "\"\($0)\" : [" }),
                  let end = lines[index...].firstIndex(where: { $0 == indent + "]" || $0 == indent + "]," }) else {
                index += 1
                continue
            }
            let wasLast = lines[end] == indent + "]"
            lines.removeSubrange(index...end)
            if wasLast, index > 0, lines[index - 1].hasSuffix(",") { lines[index - 1].removeLast() }
        }
        return lines.joined(separator: "\n")
    }
}
