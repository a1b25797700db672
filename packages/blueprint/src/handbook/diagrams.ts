import type { BlockVersionFiles, DiagramRenderer, HandbookLocale } from '../model/exportTypes'
import { blockFile, bpmnText } from '../parts/blockNames'
import { idPrefix, stableSvgIds } from '../render/stableSvgIds'
import { BPMN_IO_URL } from '../render/watermark'
import { escapeHtml } from './html'
import { label } from './labels'

/** A drawn diagram, or why there is none. */
export type Drawing = { svg: string } | { problem: string }

export interface BlockDrawings {
  bpmn: Drawing
  /** DMN file name → its drawings by DRD id, or the file's problem. */
  dmn: Record<string, { views: Record<string, Drawing> } | { problem: string }>
}

/**
 * Draws every diagram of the blocks with the renderer, one at a time (one browser, little memory).
 * A failure is kept as a text for the handbook, never thrown: the handbook is written anyway.
 */
export async function drawDiagrams(
  blocks: readonly BlockVersionFiles[],
  renderer: DiagramRenderer | undefined,
  locale: HandbookLocale
): Promise<{ drawings: Map<string, BlockDrawings>; note?: string }> {
  const drawings = new Map<string, BlockDrawings>()
  if (!renderer) {
    const problem = label('noRenderer', locale)
    for (const block of blocks) drawings.set(block.id, { bpmn: { problem }, dmn: {} })
    return { drawings, note: problem }
  }
  let note: string | undefined
  const prefixes = new DiagramPrefixes()
  for (const block of blocks) {
    const slug = block.id.split(':').pop() ?? block.id
    const bpmn = await attempt(() => renderer.renderBpmn(bpmnText(block)))
    const dmn: BlockDrawings['dmn'] = {}
    for (const file of block.metadata.artefakte.dmn ?? []) {
      const views = await attempt(() => renderer.renderDmn(blockFile(block, file.datei)))
      dmn[file.datei] =
        'problem' in views
          ? views
          : {
              views: Object.fromEntries(
                Object.entries(views.value).map(([id, svg]) => [
                  id,
                  { svg: stableSvgIds(svg, prefixes.next(`${slug}-dmn-${file.datei}-${id}`)) },
                ])
              ),
            }
    }
    const drawn =
      'problem' in bpmn ? bpmn : { svg: stableSvgIds(bpmn.value, prefixes.next(`${slug}-bpmn`)) }
    // One failure reason for the whole document (typically: Chromium missing) goes to the top.
    if ('problem' in drawn && note === undefined) note = drawn.problem
    drawings.set(block.id, { bpmn: drawn, dmn })
  }
  return { drawings, ...(note !== undefined ? { note } : {}) }
}

/**
 * One id prefix per diagram of the document, readable and unique: the viewers' random ids become
 * `<prefix>-marker-<n>`, so the handbook is byte-identical between two exports and no two inlined
 * SVGs share an id.
 */
class DiagramPrefixes {
  private readonly used = new Set<string>()

  next(name: string): string {
    const base = idPrefix(name)
    let prefix = base
    for (let n = 2; this.used.has(prefix); n++) prefix = `${base}-${n}`
    this.used.add(prefix)
    return prefix
  }
}

async function attempt<T>(run: () => Promise<T>): Promise<{ value: T } | { problem: string }> {
  try {
    return { value: await run() }
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
}

/** A figure with the SVG inline, or a note in its place. */
export function figure(drawing: Drawing, caption: string, locale: HandbookLocale): string {
  if ('problem' in drawing) {
    return `<div class="note" role="note">${escapeHtml(label('diagramFailed', locale))}: ${escapeHtml(drawing.problem)} ${escapeHtml(label('modelInBundle', locale))}</div>`
  }
  return `<figure class="diagram">${inlineSvg(drawing.svg, caption)}<figcaption>${escapeHtml(caption)} · <a href="${BPMN_IO_URL}">bpmn.io</a></figcaption></figure>`
}

/**
 * Makes a saved SVG fit to sit inside HTML: no XML declaration, doctype or comments, no scripts
 * or event handlers (the SVG's text comes from the model, and the handbook is opened in browsers),
 * and an accessible name.
 */
export function inlineSvg(svg: string, name: string): string {
  const cleaned = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/(href\s*=\s*["'])\s*javascript:[^"']*/gi, '$1#')
    .trim()
  return cleaned.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(name)}"`)
}
