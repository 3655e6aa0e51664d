import ArgumentParser
import Indexer

extension SearchSort: ExpressibleByArgument {}
