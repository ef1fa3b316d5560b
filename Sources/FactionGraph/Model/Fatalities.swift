/// The deaths of a whole event, all sides together (as ACLED and UCDP count
/// them): a best estimate, and UCDP's low and high estimates when known.
/// Unlike `casualties`, it is never split between the sides.
public struct Fatalities: Sendable, Hashable {
    public var best: Int
    public var low: Int?
    public var high: Int?

    /// The largest number a file may give, so sums over many reports stay
    /// far from overflow.
    public static let maximum = 1_000_000_000

    public init(best: Int, low: Int? = nil, high: Int? = nil) {
        self.best = best
        self.low = low
        self.high = high
    }

    /// The totals of several reports' events: best estimates summed; low
    /// and high summed when every report gives them.
    public static func sum(_ all: [Fatalities]) -> Fatalities? {
        guard !all.isEmpty else { return nil }
        let lows = all.compactMap(\.low)
        let highs = all.compactMap(\.high)
        return Fatalities(best: all.reduce(0) { $0 + $1.best },
                          low: lows.count == all.count ? lows.reduce(0, +) : nil,
                          high: highs.count == all.count ? highs.reduce(0, +) : nil)
    }

    /// `12`, or `12 (10-15)` with estimates.
    public var description: String {
        guard let low, let high else { return "\(best)" }
        return "\(best) (\(low)-\(high))"
    }
}
