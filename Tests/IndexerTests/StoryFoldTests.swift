import Testing
@testable import Indexer

/// `StoryFold` on its own: which places of a ranking are kept, and which
/// kept ones head a story or a caption.
@Suite struct StoryFoldTests {
    private static let story = "s0123456789abcdef"
    private static let other = "sfedcba9876543210"

    private func passage(_ article: String, story: String = "", caption: String? = nil) -> StoryFold.Passage {
        StoryFold.Passage(article: article, story: story.isEmpty ? article : story, captionKey: caption)
    }

    private func fold(_ ranking: [StoryFold.Passage], captions: Bool = true) -> StoryFold {
        var fold = StoryFold(foldsCaptions: captions)
        for (position, passage) in ranking.enumerated() { fold.add(passage, at: position) }
        return fold
    }

    @Test func aStoryShowsOnceAsItsBestArticleWithItsOwnPassages() {
        let ranking = [
            passage("a1", story: Self.story), passage("b"), passage("a2", story: Self.story),
            passage("a1", story: Self.story), passage("a3", story: Self.story), passage("c"),
        ]
        let fold = fold(ranking)
        // a1 twice (its own passages, as --per-article left them), b, c; a2 and a3 fold.
        #expect(fold.kept == [0, 1, 3, 5])
        #expect(fold.folded == 2)
        #expect(fold.heads == [0: StoryFold.Head(article: "a1", story: Self.story)])
    }

    @Test func twoStoriesFoldApart() {
        let fold = fold([passage("a", story: Self.story), passage("x", story: Self.other),
                         passage("b", story: Self.story), passage("y", story: Self.other)])
        #expect(fold.kept == [0, 1])
        #expect(fold.heads[0]?.story == Self.story && fold.heads[1]?.story == Self.other)
    }

    @Test func articlesWithoutClustersNeverFold() {
        let fold = fold([passage("a"), passage("b"), passage("a"), passage("c")])
        #expect(fold.kept == [0, 1, 2, 3])
        #expect(fold.heads.isEmpty)
    }

    @Test func anEmptyStoryValueIsTheArticlesOwn() {
        // An index built before stories: no value; nothing folds.
        let fold = fold([StoryFold.Passage(article: "a", story: "", captionKey: nil),
                         StoryFold.Passage(article: "b", story: "", captionKey: nil)])
        #expect(fold.kept == [0, 1])
    }

    @Test func theSameCaptionOnOtherPagesFoldsIntoTheFirst() {
        let fold = fold([passage("p1", caption: "c1"), passage("p2"), passage("p2", caption: "c1"),
                         passage("p3", caption: "c1"), passage("p1", caption: "c1")])
        // p2's and p3's copies fold; p1 showing its own caption twice keeps both.
        #expect(fold.kept == [0, 1, 4])
        #expect(fold.heads == [0: StoryFold.Head(article: "p1", captionKey: "c1")])
    }

    @Test func aCaptionOfAClusteredArticleFollowsItsStory() {
        // x's caption is new to the ranking, but x heads its story: it is kept.
        let fold = fold([passage("p1", caption: "c1"), passage("x", story: Self.story, caption: "c1"),
                         passage("p2", caption: "c1")])
        #expect(fold.kept == [0, 1])
        #expect(fold.heads[1] == StoryFold.Head(article: "x", story: Self.story))
    }

    @Test func withinGroupsCaptionsDoNotFold() {
        let fold = fold([passage("p1", caption: "c1"), passage("p2", caption: "c1")], captions: false)
        #expect(fold.kept == [0, 1])
        #expect(fold.heads.isEmpty)
    }

    @Test func aSourceShownBeforeFoldsItsCopies() {
        var fold = StoryFold()
        fold.assumeShown(passage("a1", story: Self.story))
        fold.add(passage("a1", story: Self.story), at: 0)
        fold.add(passage("a2", story: Self.story), at: 1)
        fold.add(passage("b"), at: 2)
        #expect(fold.kept == [0, 2])
        #expect(fold.heads.isEmpty)
    }
}
