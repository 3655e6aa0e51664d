import Testing
@testable import Indexer

/// Term display names and query fields derive from one schema (`IndexSchema`).
@Suite struct SchemaFieldNameTests {
    @Test func everyFieldPrefixReadsAsItsField() {
        var seen = Set<String>()
        for (field, prefix) in IndexSchema.textFields where seen.insert(prefix).inserted {
            #expect(IndexSchema.displayName(ofTerm: "Z" + prefix + "okafor") == field + ":okafor", "\(prefix)")
            #expect(IndexSchema.displayName(ofTerm: prefix + "okafor") == field + ":okafor", "\(prefix)")
        }
        for (field, prefix, _, _) in IndexSchema.booleanFields where field != "file" {
            #expect(IndexSchema.displayName(ofTerm: prefix + "jsonl") == field + ":jsonl", "\(prefix)")
        }
        #expect(IndexSchema.displayName(ofTerm: "ZAokafor") == "byline:okafor")
        #expect(IndexSchema.displayName(ofTerm: "ZXLlisbon") == "place:lisbon")
        #expect(IndexSchema.displayName(ofTerm: "Zhuawei") == "huawei")
        #expect(IndexSchema.displayName(ofTerm: "XMjsonl") == "format:jsonl")
    }
}
