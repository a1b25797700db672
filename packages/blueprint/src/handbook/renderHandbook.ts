import type {
  BlockVersionFiles,
  BundleFile,
  DiagramRenderer,
  ExportOptions,
  HandbookLocale,
  ResolvedProcedure,
} from '../model/exportTypes'
import { blockFile } from '../parts/blockNames'
import { textFile } from '../parts/bundleFile'
import { readDecisionTables } from './decisionTables'
import { drawDiagrams, figure, type BlockDrawings } from './diagrams'
import { HANDBOOK_CSS } from './handbookStyles'
import { escapeHtml, paragraphs } from './html'
import { label } from './labels'
import {
  costsTable,
  decisionTableHtml,
  deadlinesTable,
  eFileTable,
  fieldsTable,
  headerFacts,
  interfacesTable,
  legalBases,
  participantsTable,
  profileTable,
} from './sections'

export const HANDBOOK_DIR = 'handbuch'

export function handbookPath(locale: HandbookLocale): string {
  return `${HANDBOOK_DIR}/handbuch.${locale}.html`
}

/**
 * The handbook: one self-contained, printable HTML document (inline CSS, SVG diagrams inline, no
 * script, no external resource) in German, or English with `locale: 'en'`. Diagrams are drawn by
 * the renderer as bpmn-js and dmn-js draw them; without a renderer, or when drawing fails (no
 * Chromium), the handbook is written all the same with a note where the diagrams would be.
 */
export async function renderHandbook(
  procedure: ResolvedProcedure,
  options: ExportOptions,
  renderer?: DiagramRenderer
): Promise<BundleFile[]> {
  const locale = options.locale
  const blocks = [procedure.root, ...procedure.dependencies]
  const { drawings, note } = await drawDiagrams(blocks, renderer, locale)
  const root = procedure.root
  const metadata = root.metadata
  const title = metadata.bezeichnung ?? metadata.name
  const sections: Array<{ id: string; title: string; html: string }> = [
    {
      id: 'steckbrief',
      title: label('profile', locale),
      html: `${paragraphs(metadata.beschreibung)}\n${profileTable(metadata, locale)}`,
    },
    {
      id: 'rechtsgrundlagen',
      title: label('legalBases', locale),
      html: legalBases(metadata, locale),
    },
    {
      id: 'prozess',
      title: label('process', locale),
      html: processSection(root, drawings.get(root.id), locale),
    },
    {
      id: 'entscheidungen',
      title: label('decisions', locale),
      html: decisionsSection(root, drawings.get(root.id), locale),
    },
    {
      id: 'daten',
      title: label('data', locale),
      html: `${fieldsTable(metadata.eingehendeDaten, locale)}\n<h3>${escapeHtml(label('outputData', locale))}</h3>\n${fieldsTable(metadata.ausgehendeDaten, locale)}`,
    },
    {
      id: 'bausteine',
      title: label('blocks', locale),
      html: procedure.dependencies
        .map((block) => blockSection(block, drawings.get(block.id), locale))
        .join('\n'),
    },
  ].filter((section) => section.html.trim() !== '')
  const toc = sections
    .map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`)
    .join('')
  const body = sections
    .map(
      (section) =>
        `<section id="${section.id}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.html}\n</section>`
    )
    .join('\n')
  const noteHtml = note
    ? `<div class="note" role="note"><strong>${escapeHtml(label('noDiagrams', locale))}.</strong> ${escapeHtml(note)}</div>`
    : ''
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Bauplan">
<title>${escapeHtml(`${label('handbook', locale)}: ${title} ${root.version}`)}</title>
<style>${HANDBOOK_CSS}</style>
</head>
<body>
<header>
<p class="meta">${escapeHtml(label('handbook', locale))}</p>
<h1>${escapeHtml(title)}</h1>
${title !== metadata.name ? `<p class="subtitle">${escapeHtml(metadata.name)}</p>` : ''}
${headerFacts(metadata, locale)}
${noteHtml}
<nav class="toc" aria-label="${escapeHtml(label('contents', locale))}"><h2 style="break-before:auto">${escapeHtml(label('contents', locale))}</h2><ol>${toc}</ol></nav>
</header>
<main>
${body}
</main>
<footer>
<h2 style="break-before:auto;font-size:1rem">${escapeHtml(label('about', locale))}</h2>
<p>${escapeHtml(label('generated', locale))} <code>${escapeHtml(`${root.id}@${root.version}`)}</code>; ${escapeHtml(label('contentHash', locale))} <code>${escapeHtml(root.contentHash)}</code>.</p>
<p>${escapeHtml(label('credits', locale))} <a href="https://bpmn.io">bpmn.io</a></p>
</footer>
</body>
</html>
`
  return [textFile(handbookPath(locale), html)]
}

function processSection(
  block: BlockVersionFiles,
  drawn: BlockDrawings | undefined,
  locale: HandbookLocale
): string {
  const metadata = block.metadata
  const parts = [
    drawn
      ? figure(
          drawn.bpmn,
          `${label('diagramOf', locale)}: ${metadata.name} (${metadata.artefakte.bpmn.datei})`,
          locale
        )
      : '',
    subsection(label('participants', locale), participantsTable(metadata, locale)),
    subsection(label('deadlines', locale), deadlinesTable(metadata, locale)),
    subsection(label('costs', locale), costsTable(metadata, locale)),
    subsection(label('interfaces', locale), interfacesTable(metadata, locale)),
    subsection(label('eFile', locale), eFileTable(metadata, locale)),
  ]
  return parts.filter((part) => part !== '').join('\n')
}

function decisionsSection(
  block: BlockVersionFiles,
  drawn: BlockDrawings | undefined,
  locale: HandbookLocale
): string {
  return (block.metadata.artefakte.dmn ?? [])
    .map((dmn) => {
      const views = drawn?.dmn[dmn.datei]
      const figures =
        views === undefined
          ? ''
          : 'problem' in views
            ? figure(views, dmn.datei, locale)
            : Object.entries(views.views)
                .map(([id, drawing]) =>
                  figure(
                    drawing,
                    `${label('decisionDiagram', locale)}: ${dmn.datei} (${id})`,
                    locale
                  )
                )
                .join('\n')
      const tables = readDecisionTables(blockFile(block, dmn.datei))
        .map((decision) => decisionTableHtml(decision, locale))
        .join('\n')
      return `<h3>${escapeHtml(dmn.datei)}</h3>\n${figures}\n${tables}`
    })
    .join('\n')
}

function blockSection(
  block: BlockVersionFiles,
  drawn: BlockDrawings | undefined,
  locale: HandbookLocale
): string {
  const metadata = block.metadata
  return [
    `<h3 id="${escapeHtml(`baustein-${block.id}`)}">${escapeHtml(metadata.name)} <span class="meta">${escapeHtml(block.version)}</span></h3>`,
    `<p class="meta"><code>${escapeHtml(block.id)}</code></p>`,
    paragraphs(metadata.definition),
    `<h4>${escapeHtml(label('legalBases', locale))}</h4>`,
    legalBases(metadata, locale),
    drawn
      ? figure(
          drawn.bpmn,
          `${label('diagramOf', locale)}: ${metadata.name} (${metadata.artefakte.bpmn.datei})`,
          locale
        )
      : '',
    subsection(label('deadlines', locale), deadlinesTable(metadata, locale), 'h4'),
    decisionsSection(block, drawn, locale),
  ]
    .filter((part) => part !== '')
    .join('\n')
}

function subsection(title: string, html: string, level: 'h3' | 'h4' = 'h3'): string {
  return html === '' ? '' : `<${level}>${escapeHtml(title)}</${level}>\n${html}`
}
