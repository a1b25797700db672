// The part exporters the bundle core plugs in (re-exported by the package's src/index.ts).
export { frontOfficeExporter } from '../frontOffice/frontOfficeExporter'
export { backOfficeExporter } from '../backOffice/backOfficeExporter'
export { xprozessExporter } from '../xprozess/xprozessExporter'
export {
  createChromiumRenderer,
  isChromiumAvailable,
  RendererUnavailableError,
} from '../render/chromiumRenderer'
export type { ChromiumRenderer, ChromiumRendererOptions } from '../render/chromiumRenderer'
export { renderHandbook } from '../handbook/renderHandbook'
