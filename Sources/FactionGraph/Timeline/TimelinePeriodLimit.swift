extension TimelineFrames {
    /// The most calendar periods a timeline `--every month`, `quarter` or
    /// `year` may try: 2,000 (166 years by month, 2,000 by year).
    ///
    /// Each period tried is a snapshot of the corpus. A corpus dated from
    /// 0001 to 9999 by month was 119,988 of them (10 s for two relations,
    /// minutes for a real corpus), and dates are the input's choice.
    public static let periodLimit = 2_000

    /// How many periods a timeline by `step` would try (none for
    /// `.change`, whose frames are the corpus's own dates).
    /// - Complexity: O(the periods), without building any snapshot.
    public static func periodCount(of corpus: Corpus, every step: TimelineStep) -> Int {
        step == .change ? 0 : TimelineDates.candidates(in: corpus, every: step).count
    }
}
