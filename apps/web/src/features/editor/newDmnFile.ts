/** Allowed DMN file names: the schema's pattern for `artefakte.dmn[].datei`. */
export const DMN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.dmn$/

/**
 * A new DMN 1.3 model with one empty decision table and its diagram shape, so the user starts in a
 * table instead of an empty canvas. Ids derive from the file name so two new files do not clash.
 */
export function newDmnXml(fileName: string, decisionName: string): string {
  const base = fileName.replace(/\.dmn$/, '').replace(/[^A-Za-z0-9_]/g, '_')
  const id = `Decision_${base}`
  const escaped = decisionName.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="Definitions_${base}" name="${escaped}" namespace="urn:bauplan:dmn:${base}">
  <decision id="${id}" name="${escaped}">
    <decisionTable id="DecisionTable_${base}">
      <input id="Input_${base}_1" label="Eingabe">
        <inputExpression id="InputExpression_${base}_1" typeRef="string">
          <text>eingabe</text>
        </inputExpression>
      </input>
      <output id="Output_${base}_1" label="Ergebnis" name="ergebnis" typeRef="string" />
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="DMNDiagram_${base}">
      <dmndi:DMNShape id="DMNShape_${base}" dmnElementRef="${id}">
        <dc:Bounds height="80" width="180" x="160" y="100" />
      </dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`
}
