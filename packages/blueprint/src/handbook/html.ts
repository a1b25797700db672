/** Escapes text for HTML element content and attribute values: everything user-provided goes through here. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A link only for http(s) URIs; anything else (javascript:, data:) is shown as text. */
export function safeLink(uri: string | undefined, text: string): string {
  if (uri === undefined || !/^https?:\/\//i.test(uri)) return escapeHtml(text)
  return `<a href="${escapeHtml(uri)}">${escapeHtml(text)}</a>`
}

/** A two-column table of label → value rows; rows without a value are left out. */
export function definitionTable(rows: Array<[string, string | undefined]>): string {
  const present = rows.filter(
    (row): row is [string, string] => row[1] !== undefined && row[1] !== ''
  )
  if (present.length === 0) return ''
  const body = present
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`)
    .join('\n')
  return `<table class="facts">\n${body}\n</table>`
}

/** A table with a header row; cells are HTML already escaped by the caller. */
export function dataTable(headers: string[], rows: string[][], className = 'data'): string {
  if (rows.length === 0) return ''
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('\n')
  return `<table class="${className}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}

/** Text with line breaks kept (descriptions are written as paragraphs). */
export function paragraphs(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return ''
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}
