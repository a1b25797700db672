/** Where the bpmn.io watermark links to; the licence requires it to stay visible with every diagram. */
export const BPMN_IO_URL = 'https://bpmn.io'

const LOGO_SIZE = { width: 52, height: 22 }

/**
 * Puts the bpmn.io watermark into the saved SVG, bottom right, as the viewer shows it on screen
 * (`saveSVG` leaves it out because it is an HTML overlay). `logoMarkup` is the viewer's own logo,
 * taken from the page it was drawn in; without it a text link is used.
 */
export function withWatermark(svg: string, logoMarkup: string): string {
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)
  if (!viewBox) return svg
  const [x, y, width, height] = viewBox.slice(1).map(Number) as [number, number, number, number]
  const left = x + width - LOGO_SIZE.width - 4
  const top = y + height - LOGO_SIZE.height - 4
  const drawn = logoParts(logoMarkup)
  const logo = drawn
    ? `<svg x="${left}" y="${top}" width="${LOGO_SIZE.width}" height="${LOGO_SIZE.height}"${drawn.viewBox ? ` viewBox="${drawn.viewBox}"` : ''}>${drawn.inner}</svg>`
    : `<text x="${left}" y="${top + 14}" font-family="Arial, sans-serif" font-size="12" fill="#404040">bpmn.io</text>`
  const mark = `<a class="bauplan-bpmn-io-watermark" href="${BPMN_IO_URL}" target="_blank"><title>Powered by bpmn.io</title>${logo}</a>`
  return svg.replace(/<\/svg>\s*$/, `${mark}</svg>`)
}

/** The logo's `<svg>` children and its viewBox (position and size are ours). */
function logoParts(markup: string): { inner: string; viewBox?: string } | undefined {
  const open = /<svg[^>]*>/.exec(markup)
  const close = markup.lastIndexOf('</svg>')
  if (!open || close < 0) return undefined
  const viewBox = /viewBox="([^"]*)"/.exec(open[0])?.[1]
  return {
    inner: markup.slice(open.index + open[0].length, close),
    ...(viewBox ? { viewBox } : {}),
  }
}
