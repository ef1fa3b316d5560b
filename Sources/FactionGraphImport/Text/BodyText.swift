import Foundation

/// Article bodies from source text.
enum BodyText {
    /// `text` with Windows and old Mac line breaks as `\n`, and no white
    /// space at either end.
    static func normalized(_ text: String) -> String {
        var text = text
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text.trimmed
    }
}
