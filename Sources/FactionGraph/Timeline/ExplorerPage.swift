/// The explorer: one self-contained HTML page that shows a corpus's graph at
/// any date, searchable, zoomable, with the quotes behind every line.
///
/// The page holds the data once (`ExplorerJSON`, in a
/// `<script type="application/json">` element that no text can close), its
/// own style and script (`explorer.css` and `explorer.js`, compiled into the
/// binary), and nothing else: it fetches nothing, and its
/// Content-Security-Policy allows only its own script and style, by hash, so
/// no script from an article can run. The script draws the graph itself
/// from the positions and styles in the data.
public enum ExplorerPage {
    /// The page's own script, as written in `Timeline/explorer.js`.
    public static var script: String { String(decoding: PackageResources.explorer_js, as: UTF8.self) }
    /// The page's own style, as written in `Timeline/explorer.css`.
    public static var style: String { String(decoding: PackageResources.explorer_css, as: UTF8.self) }

    /// The policy: nothing may load, only the script and style whose
    /// hashes it names may run, links may only be followed.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'sha256-\(SHA256.base64Digest(script))'; "
            + "style-src 'sha256-\(SHA256.base64Digest(style))'; img-src data:; base-uri 'none'; form-action 'none'"
    }

    /// The page for `data` laid out as `layout`, titled `title`.
    public static func document(title: String, data: ExplorerData, layout: ExplorerLayout) -> String {
        let title = HTMLText.escaped(title)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="factiongraph timeline">
            <title>\(title)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header id="top">
            <h1>\(title)</h1>
            <div id="find" role="search">
            <input id="search" type="search" placeholder="Find a group: any name or alias" autocomplete="off" spellcheck="false" aria-label="Find a faction by any name or alias" aria-controls="search-results">
            <ul id="search-results" class="results" role="listbox" aria-label="Matching factions" hidden></ul>
            </div>
            </header>
            <div id="timebar">
            <button id="play" type="button" title="Play (space)" aria-label="Play">▶</button>
            <button id="previous" type="button" title="Previous date (←)" aria-label="Previous date">‹</button>
            <div id="time">
            <input id="slider" type="range" aria-label="Date">
            <div id="ticks" aria-hidden="true"></div>
            </div>
            <button id="next" type="button" title="Next date (→)" aria-label="Next date">›</button>
            <output id="date" aria-live="polite"></output>
            <span id="counter"></span>
            </div>
            <main>
            <div id="stage">
            <svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="The faction graph"></svg>
            <div id="zoom">
            <button id="zoom-in" type="button" title="Zoom in (+)" aria-label="Zoom in">+</button>
            <button id="zoom-out" type="button" title="Zoom out (−)" aria-label="Zoom out">−</button>
            <button id="fit" type="button" title="Fit to view (0)" aria-label="Fit to view">⤢</button>
            </div>
            <div id="status" aria-live="polite"></div>
            <section id="legend" aria-label="Relation types and filters"></section>
            </div>
            <aside id="panel">
            <section id="view" aria-label="What is shown"></section>
            <section id="paths" aria-label="Paths between two factions"></section>
            <section id="details" aria-label="Selected faction or relation"></section>
            <section id="changes" aria-label="What changed on this date"></section>
            </aside>
            </main>
            <noscript><p>The explorer needs JavaScript; the data is in this page's source.</p></noscript>
            <script type="application/json" id="explorer-data">\(ExplorerJSON.document(data, layout: layout))</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }
}
