/// What `QueryRewriter.rewrite` made of a query, and what `QueryLimits` left out.
struct RewrittenQuery {
    /// The text for Xapian's QueryParser.
    var text: String
    /// Synonyms were expanded (users are told what was searched).
    var expanded = false
    /// Synonyms were left out to stay within `QueryLimits.maxTerms`.
    var synonymsLeftOut = false
    /// The query's wildcards; those past `QueryLimits.maxWildcards` became words.
    var wildcards = 0
}
