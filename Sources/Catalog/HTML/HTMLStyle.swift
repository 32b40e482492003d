/// The one stylesheet, inlined in every page (no external assets); light and dark colours via
/// `prefers-color-scheme`. Pages use classes only, never `style` attributes, so the CSP can
/// allow this block by its hash.
enum HTMLStyle {
  static let css: StaticString = """
    :root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;\
    --panel:#f6f8fa;--link:#0550ae;--good:#1a7f37;--good-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;\
    --warn:#9a6700;--warn-bg:#fff8c5;--neutral-bg:#eaeef2;--node:#ddf4ff;--node-line:#54aeff;\
    --event:#fff8c5;--event-line:#d4a72c;--edge:#8c959f}
    @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;\
    --line:#3d444d;--panel:#151b23;--link:#4493f8;--good:#3fb950;--good-bg:#12261e;--bad:#f85149;\
    --bad-bg:#2d1214;--warn:#d29922;--warn-bg:#272115;--neutral-bg:#262c36;--node:#0c2d6b;\
    --node-line:#4493f8;--event:#3b2e00;--event-line:#d29922;--edge:#656c76}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,\
    "Segoe UI",Roboto,sans-serif}
    header.top{display:flex;gap:1.5em;align-items:baseline;flex-wrap:wrap;padding:.75em 1.5em;\
    border-bottom:1px solid var(--line);background:var(--panel)}
    header.top .brand{font-weight:600}
    main{max-width:1200px;margin:0 auto;padding:1em 1.5em 3em}
    footer{color:var(--muted);font-size:.85em;text-align:center;padding:1em}
    a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
    h1{font-size:1.7em;margin:.4em 0}h2{font-size:1.3em;margin:1.4em 0 .5em;\
    border-bottom:1px solid var(--line);padding-bottom:.2em}h3{font-size:1.05em;margin:1em 0 .4em}
    .muted{color:var(--muted)}.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
    code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
    code{background:var(--panel);padding:.1em .3em;border-radius:4px}
    pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75em;\
    overflow:auto}
    pre.example{white-space:pre-wrap;overflow-wrap:anywhere}
    table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
    th,td{border:1px solid var(--line);padding:.35em .6em;text-align:left;vertical-align:top}
    th{background:var(--panel);font-weight:600}
    td.wrap{overflow-wrap:anywhere}
    table.events{table-layout:fixed}table.events td{overflow-wrap:anywhere}
    table.events th:nth-child(1){width:21%}table.events th:nth-child(2){width:9%}\
    table.events th:nth-child(3){width:7%}table.events th:nth-child(4){width:7%}\
    table.events th:nth-child(5){width:16%}table.events th:nth-child(6){width:10%}\
    table.events th:nth-child(n+7){width:10%}
    dl.props{display:grid;grid-template-columns:fit-content(16em) 1fr;gap:.3em 1em;margin:.5em 0}
    dl.props dt{color:var(--muted);overflow-wrap:anywhere}dl.props dd{margin:0;overflow-wrap:anywhere}
    .badge{display:inline-block;padding:0 .55em;border-radius:1em;font-size:.8em;font-weight:600;\
    white-space:nowrap}
    .b-good{color:var(--good);background:var(--good-bg)}.b-bad{color:var(--bad);background:var(--bad-bg)}
    .b-warn{color:var(--warn);background:var(--warn-bg)}.b-neutral{color:var(--muted);\
    background:var(--neutral-bg)}
    .d1{padding-left:1.6em}.d2{padding-left:2.8em}.d3{padding-left:4em}.d4{padding-left:5.2em}\
    .d5{padding-left:6.4em}.d6{padding-left:7.6em}
    .deprecated{text-decoration:line-through;color:var(--muted)}
    table.source{border:1px solid var(--line);background:var(--panel);font-size:.85em}
    table.source td{border:0;padding:0 .6em;white-space:pre;font-family:ui-monospace,Menlo,monospace}
    table.source td.ln{text-align:right;color:var(--muted);user-select:none;width:1%;\
    border-right:1px solid var(--line)}
    .scroll{overflow-x:auto}
    .graph{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:.5em;margin:.5em 0}
    .graph svg{display:block;margin:0 auto;max-width:100%;height:auto}
    .graph rect.svc{fill:var(--node);stroke:var(--node-line)}
    .graph rect.evt{fill:var(--event);stroke:var(--event-line)}
    .graph text{fill:var(--fg);font:12px system-ui,sans-serif}
    .graph text.col{fill:var(--muted);font-weight:600}
    .graph path{fill:none;stroke:var(--edge);stroke-width:1.3}
    .search{margin:1em 0}
    .search input{width:100%;max-width:36em;padding:.5em .7em;font-size:1em;color:var(--fg);\
    background:var(--bg);border:1px solid var(--line);border-radius:6px}
    .search ol{padding-left:1.2em}
    .version{border-left:3px solid var(--line);padding-left:1em;margin:1em 0}
    """
}
