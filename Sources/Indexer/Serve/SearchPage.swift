/// The search page (`GET /`): a plain GET form that works without script,
/// the results rendered on the server (`ResultsHTML`), and a small script of
/// our own (`SearchPage.script`) for results as you type, history and keys.
/// Nothing is loaded from elsewhere.
enum SearchPage {
    static func html(query: PageQuery, results: PageResults) -> String {
        let e = HTMLEscape.escape
        let title = query.isEmpty ? "Search the archive" : "\(query.similar.map { "Like \($0)" } ?? query.text) – search"
        let sorts = SearchSort.allCases.filter { $0 == .relevance || $0 == .date }.map { sort in
            "<option value=\"\(sort.rawValue)\"\(sort == query.sort ? " selected" : "")>\(sort == .relevance ? "Relevance" : "Newest first")</option>"
        }.joined()
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(e(title))</title>
        <link rel="stylesheet" href="/app.css">
        <script src="/app.js" defer></script>
        </head>
        <body>
        <header>
        <form id="search" role="search" action="/" method="get">
        <label for="q" class="visually-hidden">Search the archive</label>
        <input id="q" name="q" type="search" value="\(e(query.text))" placeholder="Search the archive (press / to focus)" autocomplete="off" spellcheck="false" maxlength="\(QueryLimits.standard.maxBytes)" autofocus>
        <button type="submit">Search</button>
        <div class="options">
        <label>Sort <select name="sort">\(sorts)</select></label>
        <label><input type="checkbox" name="group" value="1"\(query.group ? " checked" : "")> Group by article</label>
        <label>From <input type="date" name="from" value="\(e(query.from))"></label>
        <label>To <input type="date" name="to" value="\(e(query.to))"></label>
        </div>
        </form>
        </header>
        <main id="results" aria-live="polite">\(ResultsHTML(query: query, results: results).html)</main>
        <footer><a href="/openapi.json">JSON API</a> · keys: <kbd>/</kbd> search, <kbd>j</kbd>/<kbd>k</kbd> next and previous result</footer>
        </body>
        </html>

        """
    }
}
