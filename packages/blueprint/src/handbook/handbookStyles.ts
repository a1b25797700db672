/**
 * The handbook's one inline stylesheet (no external files: the document is self-contained). Colours
 * are the workbench's tokens (apps/web/src/styles/tokens.css), with text contrast ≥ 4.5:1. The print
 * rules give A4 pages, keep tables and diagrams whole where they fit, and print link targets.
 */
export const HANDBOOK_CSS = `
:root { --text: #1b2430; --muted: #4a5563; --border: #c5ccd6; --head: #0e2a47; --link: #0a4f96;
  --surface-muted: #eef1f5; --note-bg: #fff4d6; --note-text: #5c4300; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; color: var(--text); }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4 { color: var(--head); line-height: 1.25; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid var(--head); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h4 { font-size: 1rem; margin-top: 1.5rem; }
a { color: var(--link); }
.subtitle { color: var(--muted); font-size: 1.1rem; margin: 0 0 1.5rem; }
.meta { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92rem; }
th, td { border: 1px solid var(--border); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th, table.facts th { background: var(--surface-muted); }
table.facts th { width: 28%; font-weight: 600; }
table.decision td.output { background: #f7f9fb; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; }
figure.diagram { margin: 1rem 0 1.5rem; border: 1px solid var(--border); padding: .5rem; overflow-x: auto; }
/* On screen a diagram keeps its drawn size (wide processes scroll); in print it fits the page. */
figure.diagram svg { max-width: none; height: auto; display: block; }
figure.diagram figcaption { color: var(--muted); font-size: .85rem; margin-top: .35rem; }
.note { background: var(--note-bg); color: var(--note-text); border-left: 4px solid var(--note-text); padding: .6rem .9rem; margin: 1rem 0; }
nav.toc ol { padding-left: 1.25rem; }
.indent-1 { padding-left: 1.25rem; } .indent-2 { padding-left: 2.5rem; } .indent-3 { padding-left: 3.75rem; }
.indent-4 { padding-left: 5rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--border); padding-top: 1rem; }
@media print {
  @page { size: A4; margin: 18mm 15mm 20mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  table, figure.diagram { break-inside: avoid; }
  thead { display: table-header-group; }
  figure.diagram { border: none; overflow: visible; }
  figure.diagram svg { max-width: 100%; }
  nav.toc a, a { color: inherit; text-decoration: none; }
  section a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: var(--muted); }
}
`
