/**
 * Small DMN 1.3 models for the tests of this folder, written by hand so each test can see exactly
 * what it checks. `dmn(body, diagram)` wraps decisions in <definitions> with the usual namespaces.
 */
export const DMN13 = 'https://www.omg.org/spec/DMN/20191111/MODEL/'

export function dmn(body: string, diagram = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${DMN13}" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/" id="Definitions_Test" name="Test" namespace="urn:bauplan:test">
${body}
${diagram ? `  <dmndi:DMNDI>\n    <dmndi:DMNDiagram id="Diagram_1">\n${diagram}    </dmndi:DMNDiagram>\n  </dmndi:DMNDI>` : ''}
</definitions>
`
}

export function shape(id: string, ref: string, x = 0): string {
  return `      <dmndi:DMNShape id="${id}" dmnElementRef="${ref}"><dc:Bounds x="${x}" y="0" width="180" height="80" /></dmndi:DMNShape>\n`
}

/**
 * Dog tax (Hundesteuer) as a DRD: two input data feed a UNIQUE table; a literal expression requires
 * that decision and a BKM; a knowledge source (the municipal statute) governs the table.
 */
export const HUNDESTEUER = dmn(
  `  <decision id="Decision_Steuersatz" name="Steuersatz">
    <variable name="Steuersatz" typeRef="number" />
    <informationRequirement id="IR_1"><requiredInput href="#Input_Anzahl" /></informationRequirement>
    <informationRequirement id="IR_2"><requiredInput href="#Input_Gefaehrlich" /></informationRequirement>
    <authorityRequirement id="AR_1"><requiredAuthority href="#Source_Satzung" /></authorityRequirement>
    <decisionTable id="Table_Steuersatz" hitPolicy="UNIQUE">
      <input id="In_Anzahl" label="Laufende Nummer des Hundes">
        <inputExpression id="Expr_Anzahl" typeRef="number"><text>laufendeNummer</text></inputExpression>
      </input>
      <input id="In_Gefaehrlich" label="Gefährlicher Hund">
        <inputExpression id="Expr_Gefaehrlich" typeRef="boolean"><text>gefaehrlicherHund</text></inputExpression>
      </input>
      <output id="Out_Steuer" name="jahressteuer" label="Jahressteuer" typeRef="number" />
      <rule id="Rule_1">
        <inputEntry id="R1_I1"><text>1</text></inputEntry>
        <inputEntry id="R1_I2"><text>false</text></inputEntry>
        <outputEntry id="R1_O1"><text>96</text></outputEntry>
      </rule>
      <rule id="Rule_2">
        <inputEntry id="R2_I1"><text>&gt;= 2</text></inputEntry>
        <inputEntry id="R2_I2"><text>false</text></inputEntry>
        <outputEntry id="R2_O1"><text>120</text></outputEntry>
      </rule>
      <rule id="Rule_3">
        <inputEntry id="R3_I1"><text>-</text></inputEntry>
        <inputEntry id="R3_I2"><text>true</text></inputEntry>
        <outputEntry id="R3_O1"><text>600</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <decision id="Decision_Quartalsbetrag" name="Quartalsbetrag">
    <variable name="Quartalsbetrag" typeRef="number" />
    <informationRequirement id="IR_3"><requiredDecision href="#Decision_Steuersatz" /></informationRequirement>
    <knowledgeRequirement id="KR_1"><requiredKnowledge href="#BKM_Runden" /></knowledgeRequirement>
    <literalExpression id="Literal_Quartal"><text>runden(Steuersatz / 4)</text></literalExpression>
  </decision>
  <businessKnowledgeModel id="BKM_Runden" name="runden">
    <encapsulatedLogic id="Function_Runden">
      <formalParameter name="betrag" typeRef="number" />
      <literalExpression id="Literal_Runden"><text>decimal(betrag, 2)</text></literalExpression>
    </encapsulatedLogic>
  </businessKnowledgeModel>
  <inputData id="Input_Anzahl" name="laufendeNummer"><variable name="laufendeNummer" typeRef="number" /></inputData>
  <inputData id="Input_Gefaehrlich" name="gefaehrlicherHund"><variable name="gefaehrlicherHund" typeRef="boolean" /></inputData>
  <knowledgeSource id="Source_Satzung" name="Hundesteuersatzung" />`,
  shape('Shape_Steuersatz', 'Decision_Steuersatz') +
    shape('Shape_Quartal', 'Decision_Quartalsbetrag', 200) +
    shape('Shape_BKM', 'BKM_Runden', 400) +
    shape('Shape_Anzahl', 'Input_Anzahl', 600) +
    shape('Shape_Gefaehrlich', 'Input_Gefaehrlich', 800) +
    shape('Shape_Satzung', 'Source_Satzung', 1000)
)

/** A FIRST table with two named outputs and no DRD requirements (Camunda style: variables only). */
export const ZUSTAENDIGKEIT_FIRST = dmn(
  `  <decision id="Decision_Zustaendigkeit" name="Zuständigkeit">
    <decisionTable id="Table_Zustaendigkeit" hitPolicy="FIRST">
      <input id="In_Ort" label="Ort"><inputExpression id="Expr_Ort" typeRef="string"><text>antrag.ort</text></inputExpression></input>
      <output id="Out_Amt" name="amt" typeRef="string" />
      <output id="Out_Frist" name="fristTage" typeRef="number" />
      <rule id="Rule_Dresden">
        <inputEntry id="RD_I"><text>"Dresden"</text></inputEntry>
        <outputEntry id="RD_O1"><text>"Bürgeramt Dresden"</text></outputEntry>
        <outputEntry id="RD_O2"><text>14</text></outputEntry>
      </rule>
      <rule id="Rule_Sonst">
        <inputEntry id="RS_I"><text>-</text></inputEntry>
        <outputEntry id="RS_O1"><text>"Landratsamt"</text></outputEntry>
        <outputEntry id="RS_O2"><text>30</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>`,
  shape('Shape_Z', 'Decision_Zustaendigkeit')
)

/** COLLECT + SUM: fees add up; the single output is unnamed, so the decision name is the result key. */
export const GEBUEHREN_COLLECT_SUM = dmn(
  `  <decision id="Decision_Gebuehr" name="Gebühr">
    <decisionTable id="Table_Gebuehr" hitPolicy="COLLECT" aggregation="SUM">
      <input id="In_Eilig" label="Eilig"><inputExpression id="Expr_Eilig" typeRef="boolean"><text>eilig</text></inputExpression></input>
      <input id="In_Seiten" label="Seiten"><inputExpression id="Expr_Seiten" typeRef="number"><text>Anzahl Seiten</text></inputExpression></input>
      <output id="Out_Betrag" typeRef="number" />
      <rule id="Rule_Grund">
        <inputEntry id="RG_I1"><text>-</text></inputEntry>
        <inputEntry id="RG_I2"><text>-</text></inputEntry>
        <outputEntry id="RG_O"><text>10</text></outputEntry>
      </rule>
      <rule id="Rule_Eil">
        <inputEntry id="RE_I1"><text>true</text></inputEntry>
        <inputEntry id="RE_I2"><text>-</text></inputEntry>
        <outputEntry id="RE_O"><text>25</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <inputData id="Input_Seiten" name="Anzahl Seiten" />`,
  shape('Shape_G', 'Decision_Gebuehr') + shape('Shape_S', 'Input_Seiten', 200)
)
