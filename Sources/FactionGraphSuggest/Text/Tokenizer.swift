/// Splits text into tokens: words (letters and digits of any script, with
/// inner hyphens and apostrophes: `al-Qaeda`, `Jama'at`), numbers
/// (`2,000`), and single punctuation marks. A possessive `'s` is a token of
/// its own, so `al-Qaeda's` holds the name `al-Qaeda`.
///
/// Arabic proclitics are split off a word that goes on with the article
/// `ال`: `والمرابطون` is `و` + `المرابطون`, `للقاعدة` is `ل` + `القاعدة`,
/// so that names match however they are attached. Names and cues go
/// through the same tokenizer, so both sides split alike.
enum Tokenizer {
    /// The tokens of `bytes` (valid UTF-8).
    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    /// The lower-case texts of the tokens of a name or a cue word.
    static func words(_ text: String) -> [String] {
        tokens(Array(text.utf8)).map(\.text)
    }
}

private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var tokens: [Token] = []
    var newlinesSinceToken = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() -> [Token] {
        tokens.reserveCapacity(bytes.count / 5)
        while index < bytes.count {
            let (scalar, length) = decode(at: index)
            if isSpace(scalar) {
                if scalar.value == 0x0A { newlinesSinceToken += 1 }
                index += length
            } else if isWordStart(scalar) {
                word()
            } else {
                punctuation(scalar, length: length)
            }
        }
        return tokens
    }

    // MARK: words

    private mutating func word() {
        let start = index
        var end = index
        var digitsOnly = true
        var position = index
        while position < bytes.count {
            let (scalar, length) = decode(at: position)
            if isWordPart(scalar) {
                if !isDigit(scalar) { digitsOnly = false }
                position += length
                end = position
                continue
            }
            // Inner hyphens and apostrophes join word parts; a final `'s`
            // is the possessive, a token of its own.
            let isHyphen = scalar == "-" || scalar.value == 0x2010 || scalar.value == 0x2011
            let isApostrophe = scalar == "'" || scalar.value == 0x2019
            let isNumberMark = digitsOnly && (scalar == "," || scalar == ".")
            guard isHyphen || isApostrophe || isNumberMark, position + length < bytes.count else { break }
            let (next, nextLength) = decode(at: position + length)
            if isNumberMark {
                guard isDigit(next) else { break }
            } else {
                guard isWordPart(next) else { break }
                if isApostrophe, next == "s" || next == "S" {
                    let after = position + length + nextLength
                    if after >= bytes.count || !isWordPart(decode(at: after).0) { break }
                }
            }
            position += length
        }
        emitWord(start..<end, isNumber: digitsOnly)
        index = end
    }

    private mutating func emitWord(_ range: Range<Int>, isNumber: Bool) {
        if emitASCIIWord(range, isNumber: isNumber) { return }
        let raw = String(decoding: bytes[range], as: UTF8.self)
        if !isNumber, let split = arabicProclitic(raw) {
            let cut = range.lowerBound + split.utf8.count
            append(range.lowerBound..<cut, text: split, kind: .word, raw: split)
            let rest = String(decoding: bytes[cut..<range.upperBound], as: UTF8.self)
            // `لل` + word: the preposition ل before the article ال, whose
            // alif is not written.
            let restText = split.hasSuffix("ل") && rest.hasPrefix("ل") && !rest.hasPrefix("ال") ? "ا" + rest : rest
            append(cut..<range.upperBound, text: restText, kind: .word, raw: rest)
            return
        }
        append(range, text: Self.fold(raw), kind: isNumber ? .number : .word, raw: raw)
    }

    /// `emitWord` for a word all in ASCII (most words of most articles),
    /// from its bytes: what `append` and `fold` make of it, without making
    /// and walking a `String` three times (the tokenizer took a tenth of
    /// the suggester's time). False, emitting nothing, for any other word.
    private mutating func emitASCIIWord(_ range: Range<Int>, isNumber: Bool) -> Bool {
        var capitalised = false
        var allCapitals = true
        var hasUpper = false
        var letters = 0
        var afterHyphen = false
        var position = 0
        for byte in bytes[range] {
            guard byte < 0x80 else { return false }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLetter = isUpper || (byte >= 0x61 && byte <= 0x7A)
            if position == 0 || afterHyphen { capitalised = capitalised || isUpper }
            afterHyphen = byte == UInt8(ascii: "-") && position <= 3 && !capitalised
            if isLetter {
                letters += 1
                if !isUpper { allCapitals = false }
            }
            hasUpper = hasUpper || isUpper
            position += 1
        }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        let text = hasUpper ? String(decoding: bytes[range].map(lower), as: UTF8.self) : String(decoding: bytes[range], as: UTF8.self)
        // (`WordFilter.signature` of the text.)
        let signature = range.isEmpty ? 0 : (Int(lower(bytes[range.lowerBound])) &* 31 &+ Int(lower(bytes[range.upperBound - 1])) &* 7 &+ range.count) & 4095
        tokens.append(Token(range: range, text: text, kind: isNumber ? .number : .word, isCapitalised: capitalised,
                            isAllCapitals: allCapitals && letters >= 2, startsParagraph: newlinesSinceToken >= 2,
                            signature: Int32(signature)))
        newlinesSinceToken = 0
        return true
    }

    /// The proclitics (`و`, `ف`, then `ب`, `ل`, `ك`) before an article
    /// `ال` (or `لل`), if the word has them.
    private func arabicProclitic(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return nil }
        let scalars = Array(word.unicodeScalars)
        var cut = 0
        if cut < scalars.count, scalars[cut] == "و" || scalars[cut] == "ف" { cut += 1 }
        if cut < scalars.count, scalars[cut] == "ب" || scalars[cut] == "ل" || scalars[cut] == "ك" { cut += 1 }
        guard cut > 0, scalars.count - cut >= 3 else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[cut...]))
        let afterLam = scalars[cut - 1] == "ل" && rest.hasPrefix("ل") && rest.count >= 3
        guard rest.hasPrefix("ال") || afterLam else { return nil }
        return String(String.UnicodeScalarView(scalars[..<cut]))
    }

    private mutating func append(_ range: Range<Int>, text: String, kind: Token.Kind, raw: String) {
        var capitalised = false
        var allCapitals = true
        var letters = 0
        var afterHyphen = false
        var position = 0
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            let isUpper: Bool
            let isLetter: Bool
            if value < 0x80 {
                isUpper = value >= 0x41 && value <= 0x5A
                isLetter = isUpper || (value >= 0x61 && value <= 0x7A)
            } else {
                let properties = scalar.properties
                isLetter = properties.isAlphabetic
                isUpper = isLetter && properties.isUppercase
            }
            // `al-Fatah`, `el-Sisi`: capitalised after the article.
            if position == 0 || afterHyphen { capitalised = capitalised || isUpper }
            afterHyphen = scalar == "-" && position <= 3 && !capitalised
            if isLetter {
                letters += 1
                if !isUpper { allCapitals = false }
            }
            position += 1
        }
        tokens.append(Token(range: range, text: text, kind: kind, isCapitalised: capitalised,
                            isAllCapitals: allCapitals && letters >= 2, startsParagraph: newlinesSinceToken >= 2,
                            signature: WordFilter.signature(text).map(Int32.init) ?? -1))
        newlinesSinceToken = 0
    }

    // MARK: punctuation

    private mutating func punctuation(_ scalar: Unicode.Scalar, length: Int) {
        let start = index
        index += length
        var text: String
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x2039, 0x203A, 0x02BC, 0xFF07: text = "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xAB, 0xBB, 0xFF02: text = "\""
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: text = "-"
        case 0x2026: text = "..."
        default: text = String(Character(scalar))
        }
        // `'s` after a word: the possessive.
        if text == "'", let last = tokens.last, last.range.upperBound == start, last.isWord, index < bytes.count {
            let (next, nextLength) = decode(at: index)
            if next == "s" || next == "S" {
                let after = index + nextLength
                if after >= bytes.count || !isWordPart(decode(at: after).0) {
                    index = after
                    append(start..<after, text: "'s", kind: .word, raw: "'s")
                    return
                }
            }
        }
        if text == "." {
            // `...` as one token.
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
            if end - start >= 3 { text = "..."; index = end }
        }
        append(start..<index, text: text, kind: .punctuation, raw: text)
    }

    // MARK: characters

    static func fold(_ raw: String) -> String {
        var ascii = true
        var upper = false
        for byte in raw.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        if ascii {
            guard upper else { return raw }
            return String(decoding: raw.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let lower = raw.lowercased()
        return lower.unicodeScalars.contains("\u{2019}") ? String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) : lower
    }

    private func decode(at position: Int) -> (Unicode.Scalar, Int) {
        let byte = bytes[position]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard position + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType == .decimal
    }

    private func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic || isDigit(scalar)
    }

    private func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isWordStart(scalar) }
        if isWordStart(scalar) { return true }
        // Combining marks (Arabic vowel signs) and the tatweel.
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark || scalar.value == 0x0640
    }
}
