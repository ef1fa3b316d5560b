/// How far apart the frames of a timeline are.
public enum TimelineStep: String, Sendable, CaseIterable {
    /// A frame at every date on which the snapshot changes.
    case change
    /// At most one frame per calendar month, as of its end.
    case month
    /// At most one frame per calendar quarter, as of the end of its last month.
    case quarter
    /// At most one frame per calendar year, as of its end.
    case year
}

/// One step of a timeline: the snapshot as of a date, and what changed
/// since the previous frame.
public struct TimelineFrame: Sendable {
    /// The frame's position, from 0.
    public var index: Int
    /// The snapshot's date (the end of this period is meant).
    public var date: PartialDate
    /// How the page names the period: the date, or `2018-Q4` for a quarter.
    public var label: String
    /// The faction graph as of `date`.
    public var snapshot: Snapshot
    /// The changes from the previous frame (from an empty graph for the first).
    public var diff: SnapshotDiff
}

/// The frames of a timeline: the periods in which the faction graph changed.
///
/// ```swift
/// let frames = TimelineFrames.frames(of: corpus, every: .year)
/// ```
public enum TimelineFrames {
    /// The frames of `corpus`, oldest first.
    ///
    /// The candidate dates (see `TimelineDates`) are tried in order, and a
    /// date becomes a frame only when its snapshot differs from the last
    /// frame's (`SnapshotDiff.isEmpty` is false): new evidence for a relation
    /// that already holds is no change. The first frame is the first date at
    /// which any relation holds, its diff taken against an empty graph.
    /// Empty for a corpus without relations.
    /// - Complexity: O(candidates × relations), one snapshot per candidate.
    public static func frames(of corpus: Corpus, every step: TimelineStep = .change) -> [TimelineFrame] {
        var frames: [TimelineFrame] = []
        forEachFrame(of: corpus, every: step) { frames.append($0) }
        return frames
    }

    /// The frames of `frames(of:every:)`, handed to `body` one at a time
    /// and then dropped: a long timeline of a large corpus never holds
    /// every snapshot at once.
    public static func forEachFrame(of corpus: Corpus, every step: TimelineStep = .change,
                                    _ body: (TimelineFrame) throws -> Void) rethrows {
        let candidates = TimelineDates.candidates(in: corpus, every: step)
        guard let first = candidates.first else { return }
        var previous = Snapshot(asOf: first.date, factions: [], edges: [], articles: corpus.articles)
        var index = 0
        for candidate in candidates {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: candidate.date)
            let diff = SnapshotDiffer.diff(previous, snapshot)
            guard !diff.isEmpty else { continue }
            try body(TimelineFrame(index: index, date: candidate.date, label: candidate.label, snapshot: snapshot, diff: diff))
            index += 1
            previous = snapshot
        }
    }
}
