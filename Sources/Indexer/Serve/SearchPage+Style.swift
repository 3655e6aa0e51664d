extension SearchPage {
    /// The page's style: system fonts, a dark scheme that follows the system,
    /// visible focus, and one column on a phone.
    static let style = """
    :root { --fg: #1b1b1b; --muted: #5c5c5c; --bg: #fff; --line: #ddd; --mark: #fff0a8; --link: #0645ad; --accent: #0b57d0; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e8e8e8; --muted: #a8a8a8; --bg: #151515; --line: #333; --mark: #6b5900; --link: #8ab4f8; --accent: #8ab4f8; }
    }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
    a { color: var(--link); }
    :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    #q { flex: 1 1 20rem; font-size: 1.1rem; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
    button, select, input { font: inherit; }
    .options { display: flex; flex-wrap: wrap; gap: .75rem; color: var(--muted); font-size: .9rem; width: 100%; }
    .summary, .note, .where, footer { color: var(--muted); font-size: .9rem; }
    .error { color: #b3261e; }
    .columns { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 2rem; }
    .results { padding-left: 1.5rem; }
    .results > li { margin-bottom: 1.2rem; }
    .hit h2, .grouped h2 { font-size: 1.05rem; margin: 0; }
    .hit p { margin: .15rem 0; }
    .passages { list-style: none; padding-left: 0; }
    mark { background: var(--mark); color: inherit; font-weight: 600; }
    .facets h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
    .facets ul { list-style: none; padding: 0; margin: 0; font-size: .9rem; }
    .count { color: var(--muted); }
    .pager { display: flex; gap: 1rem; margin: 1rem 0; }
    kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .25rem; }
    @media (max-width: 40rem) {
      body { padding: .5rem; }
      .columns { grid-template-columns: 1fr; }
      .results { padding-left: 1.2rem; }
    }
    """
}
