import type { PartExporter } from '../model/exportTypes'
import { blockSlug } from '../parts/blockNames'
import { textFile } from '../parts/bundleFile'
import { xprozessMessage } from './xprozessMessage'

export const XPROZESS_DIR = 'xprozess'

/** The XProzess 2 part: one process-library export message for the procedure and its blocks. */
export const xprozessExporter: PartExporter = (procedure) => [
  textFile(`${XPROZESS_DIR}/${blockSlug(procedure.root)}.xprozess.xml`, xprozessMessage(procedure)),
]
