import Testing
@testable import Indexer

@Suite struct QueryRewriterTests {
    let rewriter = QueryRewriter(synonyms: SynonymTable(groups: [["huawei", "chinese tech giant"], ["uk", "britain"]]))

    @Test func expandsMultiWordEntriesWhenAskedToExpandEverything() {
        let out = rewriter.rewrite("Chinese tech giant", expandAll: true)
        #expect(out.text == "(huawei OR \"chinese tech giant\")", "\(out.text)")
        #expect(out.expanded)
    }

    @Test func tildeExpandsOneWordOrPhrase() {
        #expect(rewriter.rewrite("~britain rules", expandAll: false).text == "(uk OR britain) rules")
        #expect(rewriter.rewrite("~\"chinese tech giant\"", expandAll: false).text == "(huawei OR \"chinese tech giant\")")
        #expect(rewriter.rewrite("~nothing", expandAll: false) == ("nothing", false))
    }

    @Test func leavesOperatorsFieldsAndPhrasesAlone() {
        #expect(rewriter.rewrite("uk AND title:britain \"uk news\"", expandAll: true).text == "(uk OR britain) AND title:britain \"uk news\"")
    }

    /// Through hidden fields whose processor expands them over the whole database (remote shards too).
    @Test func wildcardsGoThroughTheStemmedField() {
        #expect(rewriter.rewrite("telecom* -title:rif*", expandAll: false).text == "zw:telecom -zwtitle:rif")
    }

    @Test func folderFiltersLoseTheirTrailingSlash() {
        #expect(rewriter.rewrite("oil -path:reuters/", expandAll: false).text == "oil -path:reuters")
    }
}
