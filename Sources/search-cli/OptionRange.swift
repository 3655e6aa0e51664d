import ArgumentParser
import Indexer

/// The documented range of a numeric option (`QueryLimits`): outside it, one
/// line naming the option and the range, exit 64.
enum OptionRange {
    static func check(_ value: Int, _ range: ClosedRange<Int>, option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be from \(Digits.range(range)) (got \(value))")
        }
    }
}
