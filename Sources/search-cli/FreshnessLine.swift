import Foundation
import Indexer

/// The line under search results: `Index built 12 min ago (2026-12-01 10:20 UTC); 3 watches.`
/// On a front index, its remote shards' oldest build: `Shards built 12 min ago at the oldest
/// (2026-12-01 10:20 UTC, of 2 shard indexes); 0 watches.`
enum FreshnessLine {
    static func text(_ freshness: IndexFreshness, now: Date = Date()) -> String? {
        guard let builtAt = freshness.builtAt else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let when = formatter.string(from: Date(timeIntervalSince1970: builtAt))
        let watches = freshness.watches == 1 ? "1 watch" : "\(freshness.watches) watches"
        let age = ago(now.timeIntervalSince1970 - builtAt)
        if freshness.remoteBuilds > 0 {
            let indexes = freshness.remoteBuilds == 1 ? "1 shard index" : "\(freshness.remoteBuilds) shard indexes"
            return "Shards built \(age) at the oldest (\(when) UTC, of \(indexes)); \(watches)."
        }
        return "Index built \(age) (\(when) UTC); \(watches)."
    }

    static func ago(_ seconds: Double) -> String {
        let minutes = Int(max(0, seconds) / 60)
        if minutes < 1 { return "just now" }
        if minutes < 120 { return "\(minutes) min ago" }
        let hours = minutes / 60
        return hours < 48 ? "\(hours) h ago" : "\(hours / 24) days ago"
    }
}
