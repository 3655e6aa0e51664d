import ArgumentParser
import Indexer

extension DuplicateMode: ExpressibleByArgument {}
