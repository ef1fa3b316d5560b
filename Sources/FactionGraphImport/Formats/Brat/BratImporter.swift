import Foundation
import FactionGraph

/// Imports brat standoff annotations: each document (`name.txt` and
/// `name.ann`) becomes one article whose body is the `.txt`.
///
/// Entity spans (`T`) name factions (those of the mapping's `entities`
/// types, or every argument when it lists none; `*	Equiv` groups are one
/// faction, the others aliases). Relations (`R`) and events (`E`) of the
/// types the mapping lists become relations; the evidence is the sentence
/// holding the trigger (events) or each argument (relations), so quotes are
/// the document's own words. Attributes (`A`) give confidence, notes (`#`)
/// dates, places and notes.
enum BratImporter {
    /// One document: its two files and the name it is known by.
    struct Document {
        var text: String
        var annotations: String
        /// The path below the input directory, without the extension.
        var name: String
    }

    static func run(_ inputs: [String], context: inout ImportContext) throws(ImportError) {
        guard let mappingPath = context.options.mapping else { throw ImportError(path: ".", "brat needs --mapping") }
        let mapping = try BratMapping.read(mappingPath)
        try useVocabulary(of: mapping, mappingPath: mappingPath, context: &context)
        for document in documents(inputs, context: &context) {
            context.summary.read += 1
            do {
                try read(document, mapping: mapping, context: &context)
            } catch {
                context.error(error)
            }
            context.finishedFile(InputFiles.size(document.text) + InputFiles.size(document.annotations))
        }
    }

    /// Reads the mapping's vocabulary (written to the corpus too), and
    /// checks that every type the mapping names exists.
    private static func useVocabulary(of mapping: BratMapping, mappingPath: String,
                                      context: inout ImportContext) throws(ImportError) {
        if let path = mapping.vocabulary {
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError(path: path, "cannot read the vocabulary the mapping names") }
            let result = CorpusReader.read([path], options: CorpusReader.Options(requiresArticles: false))
            if let error = result.diagnostics.first(where: { $0.severity == .error }) {
                throw ImportError(at: InputLocation(path: error.path, line: error.location?.line ?? 0), error.message)
            }
            context.vocabulary = result.corpus.vocabulary
            try context.writeFile(String(decoding: data, as: UTF8.self), to: "vocabulary.yaml")
        }
        for (label, rule) in mapping.relations.sorted(by: { $0.key < $1.key }) + mapping.events.sorted(by: { $0.key < $1.key })
        where context.vocabulary.type(named: rule.type) == nil {
            throw ImportError(path: mappingPath, "'\(label)' maps to '\(rule.type)', which is no relation type: \(context.vocabulary.names.joined(separator: ", ")) (name a vocabulary.yaml with 'vocabulary:' for others)")
        }
    }

    /// The documents of the inputs: `.ann` files (given, or found below a
    /// directory) with their `.txt`, in path order.
    private static func documents(_ inputs: [String], context: inout ImportContext) -> [Document] {
        var found: [Document] = []
        var seen = Set<String>()
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                context.error(ImportError(path: input, "no such file or directory"))
                continue
            }
            let root = isDirectory.boolValue ? input : (input as NSString).deletingLastPathComponent
            let files = isDirectory.boolValue ? InputFiles.files(in: input) : [input]
            for file in files where file.hasSuffix(".ann") || file.hasSuffix(".txt") {
                let stem = String(file.dropLast(4))
                guard seen.insert(stem).inserted else { continue }
                var name = stem
                if !root.isEmpty, name.hasPrefix(root + "/") { name = String(name.dropFirst(root.count + 1)) }
                else if root.isEmpty || root == "." { name = (stem as NSString).lastPathComponent }
                let text = stem + ".txt", annotations = stem + ".ann"
                guard FileManager.default.fileExists(atPath: annotations) else {
                    context.summary.read += 1
                    context.skip("no .ann file")
                    continue
                }
                guard FileManager.default.fileExists(atPath: text) else {
                    context.error(ImportError(path: annotations, "no .txt file beside it: brat keeps the text in \(text)"))
                    continue
                }
                found.append(Document(text: text, annotations: annotations, name: name))
            }
        }
        return found.sorted { $0.name < $1.name }
    }

    private static func read(_ document: Document, mapping: BratMapping, context: inout ImportContext) throws(ImportError) {
        guard let textData = FileManager.default.contents(atPath: document.text),
              let annotationData = FileManager.default.contents(atPath: document.annotations) else {
            throw ImportError(path: document.annotations, "cannot read this document")
        }
        guard let text = String(validating: [UInt8](textData), as: UTF8.self) else {
            throw ImportError(path: document.text, "not UTF-8 text (brat offsets count characters of UTF-8 text)")
        }
        let scalars = Array(text.unicodeScalars)
        var malformed: [(Int, String)] = []
        let annotations = BratAnnotations.parse(String(decoding: annotationData, as: UTF8.self)) { malformed.append(($0, $1)) }
        for (line, message) in malformed {
            context.badRow(InputLocation(path: document.annotations, line: line), message, countsRow: false)
        }
        var reader = DocumentReader(document: document, mapping: mapping, annotations: annotations, scalars: scalars)
        try reader.checkSpans(context: &context)
        let relations = reader.relations(context: &context)
        guard !relations.isEmpty else {
            context.skip("no mapped relations")
            return
        }
        let fileDate = Self.fileDate(document.name)
        let latest = relations.compactMap(\.relation.date).max()
        guard let published = fileDate ?? context.options.published ?? mapping.published ?? latest else {
            throw ImportError(path: document.annotations, "no date for this document: name it YYYY-MM-DD-..., give --published, 'published' in the mapping, or date notes ('#1<tab>AnnotatorNotes E1<tab>date: 2019-03')")
        }
        let body = BodyText.normalized(text)
        let title = body.split(separator: "\n").first.map(String.init).flatMap { $0.count <= 150 ? $0 : nil }
            ?? (document.name as NSString).lastPathComponent
        var parties: [Int] = []
        for item in relations { parties += [item.from, item.to] }
        let article = DraftArticle(
            id: "brat-\(Slug.make(document.name))", path: "\(String(published.year))/brat-\(FileName.safe(document.name.replacingOccurrences(of: "/", with: "-"))).md",
            title: title, published: published, source: mapping.source, relations: relations.map(\.relation), body: body)
        try context.write(article, parties: parties)
        context.summary.imported += 1
    }

    /// `2019-03-04-hts.txt`: a date at the start of the file's name.
    static func fileDate(_ name: String) -> PartialDate? {
        let file = (name as NSString).lastPathComponent
        for length in [10, 7] where file.count >= length {
            if let date = PartialDate(parsing: String(file.prefix(length))) { return date }
        }
        return nil
    }
}
