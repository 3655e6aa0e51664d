import ArgumentParser
import Indexer

/// `--sort relevance|date`.
enum SearchSortOption: String, ExpressibleByArgument, CaseIterable {
    case relevance
    case date

    var order: SearchSort { self == .date ? .date : .relevance }
}
