import FactionGraph
import Testing
@testable import FactionGraphSuggest

/// Articles drafted together agree on their new factions, so that the
/// folder they are written to passes `check`.
@Suite struct NewFactionsAcrossArticlesTests {
    static func drafts(_ bodies: [String]) -> [Draft] {
        let suggester = Support.suggester()
        let drafts = bodies.enumerated().map { suggester.draft(ArticleInput(path: "\($0.offset).txt", text: $0.element)) }
        return suggester.reconcilingNewFactions(drafts)
    }

    static func declarations(_ draft: Draft) -> [String] {
        draft.newFactions.map { "\($0.id): \($0.name) \($0.aliases)" }
    }

    @Test func oneGroupNamedTwoWaysTakesTheFirstArticlesIdAndName() {
        let drafts = Self.drafts([
            "Jaysh al-Fatah, the Army of Conquest, took Idlib.",
            "The Army of Conquest fought Hurras al-Din near Harem.",
        ])
        #expect(Self.declarations(drafts[0]) == ["jaysh-al-fatah: Jaysh al-Fatah [\"Army of Conquest\"]"])
        #expect(Self.declarations(drafts[1]) == ["jaysh-al-fatah: Jaysh al-Fatah [\"Army of Conquest\"]"])
        #expect(drafts[1].suggestions.map(\.key.description) == ["combat: hurras-al-din -- jaysh-al-fatah"])
    }

    @Test func twoGroupsGivenOneIdAreTold() {
        let drafts = Self.drafts(["أعلنت جبهة تحرير سوريا اندماجها.", "أعلنت جبهة ثوار سوريا اندماجها.", "أعلنت جبهة تحرير سوريا ذلك."])
        #expect(Self.declarations(drafts[0]) == ["faction-1: جبهة تحرير سوريا []"])
        #expect(Self.declarations(drafts[1]) == ["faction-2: جبهة ثوار سوريا []"])
        #expect(Self.declarations(drafts[2]) == ["faction-1: جبهة تحرير سوريا []"])
    }

    /// A claim and its denial are two suggestions, and stay two.
    @Test func aClaimAndItsDenialBothStay() {
        let body = "Monitors accused the Army of Conquest of fighting alongside Hurras al-Din. The Army of Conquest denied any links to Hurras al-Din."
        let drafts = Self.drafts(["Jaysh al-Fatah, the Army of Conquest, took Idlib.", body])
        #expect(drafts[1].suggestions.map { "\($0.key) \($0.confidence?.rawValue ?? "reported")" } == [
            "alliance: hurras-al-din -- jaysh-al-fatah alleged",
            "alliance: hurras-al-din -- jaysh-al-fatah denied",
        ])
    }

    /// An earlier article made one group of two names this one keeps apart:
    /// the second keeps its own id, without the name that is the first's.
    @Test func aNameTakenByAnotherGroupIsLeftOut() {
        let drafts = Self.drafts([
            "Jaysh al-Fatah, the Army of Conquest, took Idlib.",
            "The Army of Conquest and the Jaysh al-Fatah Brigade fought on.",
        ])
        #expect(Self.declarations(drafts[1]).first == "jaysh-al-fatah: Jaysh al-Fatah [\"Army of Conquest\"]")
        #expect(Set(drafts[1].newFactions.map(\.id)).count == drafts[1].newFactions.count)
    }
}
