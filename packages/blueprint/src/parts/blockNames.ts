import type { BlockVersionFiles } from '../model/exportTypes'

/** The last part of a block id, e.g. `hundesteuer-anmelden` for `urn:bauplan:baustein:sn:hundesteuer-anmelden`. */
export function blockSlug(block: BlockVersionFiles): string {
  const parts = block.id.split(':')
  return parts[parts.length - 1] ?? block.id
}

/** The text of a file the block's metadata names; an exporter only reads files that exist. */
export function blockFile(block: BlockVersionFiles, name: string): string {
  const text = block.files[name]
  if (text === undefined) {
    throw new Error(
      `Baustein ${block.id}@${block.version}: Die Datei „${name}“ fehlt. / Block ${block.id}@${block.version}: the file "${name}" is missing.`
    )
  }
  return text
}

export function bpmnText(block: BlockVersionFiles): string {
  return blockFile(block, block.metadata.artefakte.bpmn.datei)
}

export function dmnFileNames(block: BlockVersionFiles): string[] {
  return (block.metadata.artefakte.dmn ?? []).map((dmn) => dmn.datei)
}
