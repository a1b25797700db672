/** The start page shown until the web app is built: German, accessible, tiny, no script. */
import type { SearchHit } from '@bauplan/catalogue'

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export function placeholderPage(hits: readonly SearchHit[], total: number): string {
  const items = hits
    .map(
      (hit) =>
        `<li><strong>${escapeHtml(hit.name)}</strong> ${escapeHtml(hit.version)} <small>(${escapeHtml(hit.blockId)})</small></li>`
    )
    .join('\n')
  const list =
    hits.length > 0
      ? `<ul>\n${items}\n</ul>${total > hits.length ? `<p>… und ${total - hits.length} weitere.</p>` : ''}`
      : '<p>Der Katalog enthält noch keine veröffentlichten Bausteine.</p>'
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bauplan – Baustein-Katalog</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}small{color:#555}</style>
</head>
<body>
<main>
<h1>Bauplan</h1>
<p>Die Werkbank-Oberfläche folgt. Bis dahin ist der Katalog über die <a href="/api/docs">API-Referenz</a> erreichbar.</p>
<h2>Veröffentlichte Bausteine (${total})</h2>
${list}
</main>
</body>
</html>
`
}
