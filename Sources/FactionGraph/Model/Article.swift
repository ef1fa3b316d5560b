/// An annotated article's metadata. Its body is read for evidence and not
/// kept.
public struct Article: Sendable, Hashable {
    /// The stable id: `article.id`, or the path below the corpus root
    /// without `.md`.
    public var id: String
    public var title: String
    public var published: PartialDate
    public var source: String?
    public var author: String?
    /// The article's address, as written; see `linkURL` for what diagrams use.
    public var url: String?
    public var language: String?
    /// The file's path as shown to the user.
    public var path: String
}
