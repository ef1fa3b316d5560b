import Foundation

/// A CSV file's columns by name, as its header row gives them: formats
/// find their columns by name, in any order, and ignore the others.
struct CSVColumns {
    let header: [String]
    private let indices: [String: Int]

    /// Names are compared lowercased and trimmed (older ACLED exports
    /// write `EVENT_ID_CNTY`).
    init(header: [String]) {
        self.header = header
        var indices: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = Self.key(name)
            if indices[key] == nil { indices[key] = index }
        }
        self.indices = indices
    }

    static func key(_ name: String) -> String {
        name.trimmed.lowercased()
    }

    func has(_ name: String) -> Bool { indices[Self.key(name)] != nil }

    /// The names of `required` the header lacks.
    func missing(_ required: [String]) -> [String] { required.filter { !has($0) } }

    /// The value of column `name` in `record`, trimmed; empty when the
    /// column or the cell is missing.
    func value(_ name: String, _ record: CSVRowReader.Record) -> String {
        raw(name, record).trimmed
    }

    /// The value as written, untrimmed.
    func raw(_ name: String, _ record: CSVRowReader.Record) -> String {
        // Formats ask by lowercase names: found without folding them again.
        guard let index = indices[name] ?? indices[Self.key(name)], index < record.fields.count else { return "" }
        return record.fields[index]
    }
}
