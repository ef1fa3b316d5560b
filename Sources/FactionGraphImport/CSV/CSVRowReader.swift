#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSV

/// Reads a CSV file (RFC 4180) one row at a time, each row with the line it
/// starts on, in memory bounded by the longest row.
///
/// Fields are parsed by CSV.swift (yaslab/CSV.swift). It is fed the file in
/// pieces of about a mebibyte cut between rows, as strings: its own
/// `InputStream` reader takes 9.5 s for 10^5 ACLED rows (39 MB) here, its
/// string reader 3.3 s, and SwiftCSV 21-25 s and 234 MB, because SwiftCSV
/// loads the whole file (measured on `scripts/generate_acled.py 100000`,
/// release build; see docs/import.md). Cutting between rows needs only
/// the quote state at each line feed, kept by `RowBoundaryScanner`.
///
/// What the library does not do is done here: the line of each row (a
/// quoted field may hold line breaks), a UTF-8 byte order mark, bytes that
/// are not UTF-8 (read as Windows-1252, each reported), and a quote that
/// never closes (an error rather than the rest of the file as one field).
final class CSVRowReader {
    /// One row: its fields and the line of the file it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    let path: String
    /// The file's size in bytes, for progress.
    let fileSize: Int
    /// Bytes read so far.
    private(set) var bytesRead = 0
    /// Warnings found while reading (bytes that are not UTF-8), for the
    /// caller to collect.
    var warnings: [ImportDiagnostic] = []

    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var scanner = RowBoundaryScanner()
    private var scanned = 0
    private var rows: [[String]] = []
    private var nextRow = 0
    private var nextLine = 1
    private var atEnd = false
    private var isFirstPiece = true
    /// What `read` fills: made once per file, no larger than the file
    /// (a file of unknown size, a pipe, gets a whole piece). A fresh
    /// piece-sized buffer per call was most of the time of importing a
    /// small file: zeroing a megabyte.
    private lazy var buffer = [UInt8](repeating: 0, count: fileSize > 0 ? min(Self.pieceSize, fileSize + 1) : Self.pieceSize)

    /// Pieces are cut once this much is pending.
    private static let pieceSize = 1 << 20
    /// No row is longer: past it, a quote is taken to be unclosed.
    private static let longestRow = 64 << 20

    init(path: String) throws(ImportError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ImportError(path: path, "cannot read this file: \(String(cString: strerror(errno)))") }
        var status = stat()
        fileSize = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    deinit { close(descriptor) }

    /// The next row that is not blank, or `nil` at the end of the file.
    func next() throws(ImportError) -> Record? {
        while true {
            while nextRow < rows.count {
                let fields = rows[nextRow]
                nextRow += 1
                let line = nextLine
                nextLine += 1 + fields.reduce(0) { $0 + Self.lineBreaks(in: $1) }
                if fields.count == 1 && fields[0].isEmpty { continue }
                return Record(fields: fields, line: line)
            }
            guard let piece = try nextPiece() else { return nil }
            rows = parse(piece)
            nextRow = 0
        }
    }

    /// The next run of whole rows as bytes, or `nil` at the end.
    private func nextPiece() throws(ImportError) -> [UInt8]? {
        while true {
            if let cut = scanner.lastBoundary, pending.count >= Self.pieceSize || atEnd {
                let piece = Array(pending[..<cut])
                pending.removeFirst(cut)
                scanned -= cut
                scanner.lastBoundary = nil
                return piece
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                if scanner.isInsideQuotes { throw unclosedQuote() }
                defer { pending = [] }
                return pending
            }
            if pending.count > Self.longestRow { throw unclosedQuote() }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw ImportError(path: path, "cannot read this file: \(String(cString: strerror(errno)))") }
            atEnd = count == 0
            bytesRead += count
            pending.append(contentsOf: buffer[..<count])
            if isFirstPiece, pending.count >= 3 || atEnd {
                try checkEncodingMark()
                isFirstPiece = false
            }
            pending.withUnsafeBufferPointer { scanner.scan($0, from: scanned) }
            scanned = pending.count
        }
    }

    /// Drops a UTF-8 byte order mark; refuses UTF-16 and UTF-32.
    private func checkEncodingMark() throws(ImportError) {
        if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
            pending.removeFirst(3)
        } else if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
            throw ImportError(at: InputLocation(path: path, line: 1),
                              "this file is UTF-16 (or UTF-32) text: save it as UTF-8 (CSV UTF-8 in spreadsheet programs)")
        }
    }

    private func parse(_ piece: [UInt8]) -> [[String]] {
        let (text, invalid) = piece.withUnsafeBufferPointer { TextRepair.decodeUTF8($0) }
        if !invalid.isEmpty { reportInvalidBytes(invalid, in: piece) }
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return [] }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// One warning per line with bytes that are not UTF-8.
    private func reportInvalidBytes(_ offsets: [Int], in piece: [UInt8]) {
        var line = nextLine
        var position = 0
        var lastReported = 0
        for offset in offsets {
            while position < offset {
                if piece[position] == 0x0A { line += 1 }
                position += 1
            }
            guard line != lastReported else { continue }
            lastReported = line
            let shown = offsets.filter { $0 >= offset }.prefix(4).map { String(piece[$0], radix: 16, uppercase: true) }
            warnings.append(ImportDiagnostic(.warning, at: InputLocation(path: path, line: line),
                "bytes that are not UTF-8 (0x\(shown.joined(separator: " 0x"))...) read as Windows-1252; save the file as UTF-8 to be sure of its characters"))
        }
    }

    private func unclosedQuote() -> ImportError {
        ImportError(at: InputLocation(path: path, line: nextLine),
                    "a quoted field opened in the row starting here never closes (a '\"' is missing)")
    }

    /// Line breaks inside a field: `\n`, `\r\n` or a lone `\r`.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterReturn = false
        for byte in field.utf8 {
            if byte == 0x0A {
                if !afterReturn { count += 1 }
                afterReturn = false
            } else {
                afterReturn = byte == 0x0D
                if afterReturn { count += 1 }
            }
        }
        return count
    }
}

/// Finds where rows end: line feeds outside quoted fields, following the
/// quote rules of CSV.swift (a quote opens a quoted field only at a field's
/// start; `""` inside one is a quote; a quote followed by anything but a
/// comma or a line break keeps the field open).
struct RowBoundaryScanner {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state = State.fieldStart
    /// The offset just after the last row's line feed found so far.
    var lastBoundary: Int?

    var isInsideQuotes: Bool { state == .quoted }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var state = self.state
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch state {
            case .fieldStart, .unquoted:
                if byte == lineFeed {
                    state = .fieldStart
                    lastBoundary = index
                } else if byte == comma {
                    state = .fieldStart
                } else if byte == quote, state == .fieldStart {
                    state = .quoted
                } else {
                    state = .unquoted
                }
            case .quoted:
                if byte == quote { state = .quoteInQuoted }
            case .quoteInQuoted:
                if byte == lineFeed {
                    state = .fieldStart
                    lastBoundary = index
                } else if byte == comma {
                    state = .fieldStart
                } else if byte != carriageReturn {
                    // `""` is a quote; CSV.swift keeps a field open after
                    // any other character too.
                    state = .quoted
                }
            }
        }
        self.state = state
    }
}
