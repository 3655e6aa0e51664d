import Testing
@testable import Indexer

/// Date filters are real dates in a form Xapian's DateRangeProcessor reads.
@Suite struct DateFilterCheckTests {
    @Test(arguments: ["2024-04-01", "20240401", "1/4/2024", "29/2/2024", "2024-02-29", "2000-02-29"])
    func realDates(_ text: String) { #expect(DateFilterCheck.isDate(Substring(text))) }

    @Test(arguments: ["2024-13-45", "2023-02-29", "1900-02-29", "yesterday", "2024", "2024-04", "2024-4-1", "32/1/2024", "", "2024-04-01T10:00"])
    func notDates(_ text: String) { #expect(!DateFilterCheck.isDate(Substring(text))) }

    @Test func problemsNameTheFilter() {
        #expect(DateFilterCheck.problem(in: "ferry date:2024-04-01..2024-04-30") == nil)
        #expect(DateFilterCheck.problem(in: "ferry date:..") == nil)
        #expect(DateFilterCheck.problem(in: "(after:2024-04-01 OR ferry)") == nil)
        #expect(DateFilterCheck.problem(in: "\"the day after:yesterday\"") == nil)
        #expect(DateFilterCheck.problem(in: "after:yesterday")?.hasPrefix("after:yesterday: yesterday is not a date") == true)
        #expect(DateFilterCheck.problem(in: "x date:2024-01-01..2024-13-01")?.contains("2024-13-01 is not a date") == true)
        #expect(DateFilterCheck.problem(in: "before:")?.contains("no date") == true)
    }
}
