/// Fixes the creation date cairo writes into every PDF.
///
/// cairo 1.16 (Debian 12) stamps `/CreationDate (D:20261124183059Z)` with the
/// current time and ignores `SOURCE_DATE_EPOCH`, so two renders of the same
/// graph differed in those bytes and nothing else. Graphviz gives no way to
/// set the date, so it is overwritten here with the Unix epoch, keeping the
/// length: the cross-reference table at the end of the PDF stores byte
/// offsets, and a same-length edit leaves them valid.
enum PDFCreationDate {
    /// Replaces the digits of every `/CreationDate` and `/ModDate` in `pdf`
    /// with 1970-01-01 00:00:00 UTC, in place.
    ///
    /// The local-time form `(D:20261124183059+05'30)` becomes
    /// `(D:19700101000000+00'00)`. Leaves `pdf` unchanged where no date is
    /// found (a newer cairo that honours `SOURCE_DATE_EPOCH` or omits it).
    static func fix(_ pdf: inout [UInt8]) {
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var start = 0
            while let match = firstIndex(of: pattern, in: pdf, from: start) {
                start = overwriteDate(in: &pdf, from: match + pattern.count)
            }
        }
    }

    /// Overwrites one date's characters up to its closing parenthesis;
    /// returns where the search goes on.
    private static func overwriteDate(in pdf: inout [UInt8], from start: Int) -> Int {
        let epoch = Array("19700101000000".utf8)
        var index = start
        var digits = 0
        while index < pdf.count, pdf[index] != UInt8(ascii: ")"), index - start < 32 {
            switch pdf[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // The first 14 digits are the local time, the rest the offset.
                pdf[index] = digits < epoch.count ? epoch[digits] : UInt8(ascii: "0")
                digits += 1
            case UInt8(ascii: "-"):
                pdf[index] = UInt8(ascii: "+")
            default:
                break
            }
            index += 1
        }
        return index
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
