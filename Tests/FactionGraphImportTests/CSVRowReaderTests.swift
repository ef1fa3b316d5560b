import Foundation
import Testing
@testable import FactionGraphImport

@Suite struct CSVRowReaderTests {
    private func records(_ bytes: [UInt8]) throws -> (records: [CSVRowReader.Record], warnings: [String]) {
        let path = try ImportTesting.file("input.csv", "")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try CSVRowReader(path: path)
        var records: [CSVRowReader.Record] = []
        while let record = try reader.next() { records.append(record) }
        return (records, reader.warnings.map { $0.description.replacingOccurrences(of: path, with: "input.csv") })
    }

    @Test func rowsKeepTheLinesTheyStartOn() throws {
        let text = "\u{FEFF}id,notes,n\r\n1,\"a, b\",2\r\n2,\"two\r\nlines, \"\"quoted\"\"\",\r\n\r\n3,,\r\n4,\"x\ny\nz\",5"
        let (records, warnings) = try records(Array(text.utf8))
        #expect(records.map(\.line) == [1, 2, 3, 6, 7])
        #expect(records.map(\.fields) == [["id", "notes", "n"], ["1", "a, b", "2"], ["2", "two\r\nlines, \"quoted\"", ""],
                                          ["3", "", ""], ["4", "x\ny\nz", "5"]])
        #expect(warnings.isEmpty)
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() throws {
        let bytes = Array("id,name\n1,ok\n2,Kata".utf8) + [0x92] + Array("ib\n".utf8)
        let (records, warnings) = try records(bytes)
        #expect(records.last?.fields == ["2", "Kata’ib"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("input.csv:3: warning: bytes that are not UTF-8 (0x92...) read as Windows-1252") == true)
    }

    @Test func aQuoteThatNeverClosesIsAnErrorAtItsRow() throws {
        let text = "id,notes\n1,fine\n2,\"never closed\n3,lost\n"
        #expect(throws: ImportError.self) { try records(Array(text.utf8)) }
        do {
            _ = try records(Array(text.utf8))
        } catch {
            #expect((error as? ImportError)?.location.line == 3)
        }
    }

    @Test func utf16IsRefused() throws {
        #expect(throws: ImportError.self) { try records([0xFF, 0xFE, 0x69, 0x00]) }
    }

    /// Rows cross the reader's pieces (about a mebibyte each): every row's
    /// line and fields must come out as written.
    @Test func largeFilesAreReadPieceByPiece() throws {
        var text = "id,notes,count\n"
        var expected: [(Int, [String])] = []
        var line = 2
        for number in 0..<45_000 {
            let notes = number % 7 == 0 ? "multi\nline \"\"\(number)\"\", with comma" : "note \(number), plain"
            text += "\(number),\"\(notes)\",\(number % 13)\n"
            expected.append((line, ["\(number)", notes.replacingOccurrences(of: "\"\"", with: "\""), "\(number % 13)"]))
            line += number % 7 == 0 ? 2 : 1
        }
        #expect(text.utf8.count > 1 << 20)
        let (records, _) = try records(Array(text.utf8))
        #expect(records.count == expected.count + 1)
        for (record, (line, fields)) in zip(records.dropFirst(), expected) where record.line != line || record.fields != fields {
            Issue.record("row at line \(record.line): \(record.fields), expected line \(line): \(fields)")
            break
        }
    }
}
