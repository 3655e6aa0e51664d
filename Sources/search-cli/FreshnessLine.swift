import Foundation
import Indexer

/// The line under search results: `Index built 12 min ago (2026-12-01 10:20 UTC); 3 watches.`
enum FreshnessLine {
    static func text(_ freshness: IndexFreshness, now: Date = Date()) -> String? {
        guard let builtAt = freshness.builtAt else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let when = formatter.string(from: Date(timeIntervalSince1970: builtAt))
        let watches = freshness.watches == 1 ? "1 watch" : "\(freshness.watches) watches"
        return "Index built \(ago(now.timeIntervalSince1970 - builtAt)) (\(when) UTC); \(watches)."
    }

    static func ago(_ seconds: Double) -> String {
        let minutes = Int(max(0, seconds) / 60)
        if minutes < 1 { return "just now" }
        if minutes < 120 { return "\(minutes) min ago" }
        let hours = minutes / 60
        return hours < 48 ? "\(hours) h ago" : "\(hours / 24) days ago"
    }
}
