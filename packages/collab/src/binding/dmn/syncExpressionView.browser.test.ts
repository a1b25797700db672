/// <reference lib="dom" />
import { parseDmn, type ModdleElement, type Problem } from '@bauplan/domain'
import DmnModeler from 'dmn-js/lib/Modeler'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { deriveFiles } from '../../document/deriveFiles'
import { reconcileDefinitions } from '../../document/reconcileDefinitions'
import { cleanUp, twoPeers } from '../testing/twoPeers'
import { bindDmnModeler } from './dmnBinding'

afterEach(cleanUp)

const FILE = 'gebuehr.dmn'
const DECISION = 'Decision_Gebuehr'
const BKM = 'BKM_Satz'

// Small on purpose: one decision with a literal expression, one business knowledge model whose
// function body is a literal expression (what dmn-js opens as a boxed expression). No DRD DI.
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Gebuehr" name="Gebühr" namespace="http://bauplan.example/dmn/gebuehr">
  <decision id="${DECISION}" name="Gebühr">
    <variable id="InformationItem_Gebuehr" name="gebuehr" typeRef="number" />
    <literalExpression id="LiteralExpression_Gebuehr">
      <text>anzahl * 10</text>
    </literalExpression>
  </decision>
  <businessKnowledgeModel id="${BKM}" name="Satz">
    <variable id="InformationItem_Satz" name="Satz" />
    <encapsulatedLogic id="FunctionDefinition_Satz">
      <formalParameter id="InformationItem_Anzahl" name="anzahl" typeRef="number" />
      <literalExpression id="LiteralExpression_Satz">
        <text>anzahl * 12</text>
      </literalExpression>
    </encapsulatedLogic>
  </businessKnowledgeModel>
</definitions>
`

interface ExpressionViewer {
  get(service: string): unknown
  getDecision?(): ModdleElement
  getRootElement?(): ModdleElement
}

interface Peer {
  doc: Y.Doc
  modeler: DmnModeler
  container: HTMLElement
  problems: Problem[]
  viewer(): ExpressionViewer
  /** The root element the active expression viewer renders. */
  root(): ModdleElement
  /** dmn-js's own undo history of the active viewer (diagram-js keeps it in `_stack`). */
  history(): unknown[]
  /** How often dmn-js (re-)opened a view since binding. */
  opens(): number
  /** The view's outermost DOM node (replaced when dmn-js re-opens a view). */
  viewNode(): Element | null
  /** The text the literal expression editor shows (FEEL editor or plain editor). */
  expressionText(): string | undefined
}

/** Two peers on `XML`, each with a real dmn-js Modeler showing the view of `elementId`. */
async function expressionPeers(elementId: string): Promise<{ a: Peer; b: Peer }> {
  return twoPeers<Peer>({
    files: { [FILE]: XML },
    fileName: FILE,
    size: { width: '1000px', height: '600px' },
    makePeer: async ({ doc, user, xml, container, problems }) => {
      const modeler = new DmnModeler({ container })
      await modeler.importXML(xml)
      const wanted = modeler.getViews().find((view) => view.element.id === elementId)
      if (!wanted) throw new Error(`no view for ${elementId}`)
      await modeler.open(wanted)
      let opens = 0
      modeler.on('import.render.start', () => {
        opens++
      })
      const binding = bindDmnModeler(modeler, doc, {
        fileName: FILE,
        origin: { user },
        onProblem: (problem) => problems.push(problem),
      })
      const viewer = () => modeler.getActiveViewer() as unknown as ExpressionViewer
      const peer: Peer = {
        doc,
        modeler,
        container,
        problems,
        viewer,
        root: () => {
          const shown = viewer().getDecision?.() ?? viewer().getRootElement?.()
          if (!shown) throw new Error('no expression view')
          return shown
        },
        history: () => (viewer().get('commandStack') as { _stack: unknown[] })._stack,
        opens: () => opens,
        viewNode: () => container.querySelector('.viewer-container'),
        expressionText: () =>
          container.querySelector('.textarea.editor .cm-content, .textarea.editor')?.textContent ??
          undefined,
      }
      return {
        peer,
        destroy: () => {
          binding.destroy()
          modeler.destroy()
        },
      }
    },
  })
}

function input(peer: Peer, selector: string): HTMLInputElement {
  const found = peer.container.querySelector<HTMLInputElement>(selector)
  if (!found) throw new Error(`no ${selector} in the view`)
  return found
}

function drgElement(peer: Peer, id: string): ModdleElement | undefined {
  const elements = peer.modeler.getDefinitions()?.drgElement as ModdleElement[] | undefined
  return elements?.find((element) => element.id === id)
}

/** Focuses B's FEEL editor (CodeMirror) and puts the caret `offset` characters into its text. */
function placeCaret(peer: Peer, offset: number): HTMLElement {
  const editor = peer.container.querySelector<HTMLElement>('.textarea.editor .cm-content')
  if (!editor) throw new Error('no FEEL editor')
  editor.focus()
  const text = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT).nextNode()
  document.getSelection()?.collapse(text, offset)
  return editor
}

/** The caret's offset in the editor's text (its first line suffices here). */
function caretOffset(editor: HTMLElement): number | undefined {
  const selection = document.getSelection()
  if (!selection?.anchorNode || !editor.contains(selection.anchorNode)) return undefined
  const range = document.createRange()
  range.selectNodeContents(editor)
  range.setEnd(selection.anchorNode, selection.anchorOffset)
  return range.toString().length
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

async function expectConverged(a: Peer, b: Peer): Promise<void> {
  const [filesA, filesB] = await Promise.all([deriveFiles(a.doc), deriveFiles(b.doc)])
  expect(filesA[FILE]).toBe(filesB[FILE])
}

interface LiteralModeling {
  editLiteralExpressionText(text: string): void
  editDecisionName(name: string): void
  editVariableName(name: string): void
  editVariableType(typeRef: string): void
  editExpressionLanguage(expressionLanguage: string): void
}

describe('dmn-js binding: a literal expression view shows remote changes in place', () => {
  it('A’s new expression text shows in B without re-opening; B’s focused field keeps focus and caret', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const node = b.viewNode()
    const root = b.root()
    const name = input(b, '.variable-name-input')
    name.focus()
    name.setSelectionRange(3, 3)

    ;(a.viewer().get('modeling') as LiteralModeling).editLiteralExpressionText('anzahl * 20')

    await expect.poll(() => b.expressionText()).toBe('anzahl * 20')
    expect(b.opens()).toBe(0)
    expect(b.viewNode()).toBe(node)
    expect(b.root()).toBe(root)
    expect(b.history()).toEqual([])
    expect(document.activeElement).toBe(name)
    expect([name.selectionStart, name.selectionEnd]).toEqual([3, 3])
    expect(name.value).toBe('gebuehr')
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('B types in the expression editor: A’s change of another field leaves focus and caret there', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const editor = placeCaret(b, 3)

    ;(a.viewer().get('modeling') as LiteralModeling).editVariableName('betrag')

    await expect.poll(() => input(b, '.variable-name-input').value).toBe('betrag')
    await nextFrame()
    expect(editor.contains(document.activeElement)).toBe(true)
    expect(caretOffset(editor)).toBe(3)
    expect(b.history()).toEqual([])
  })

  it('A changes the text B is editing: B’s editor shows A’s text and keeps focus, the caret goes to the start', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const editor = placeCaret(b, 3)

    ;(a.viewer().get('modeling') as LiteralModeling).editLiteralExpressionText('anzahl * 25')

    await expect.poll(() => b.expressionText()).toBe('anzahl * 25')
    await nextFrame()
    expect(b.opens()).toBe(0)
    expect(editor.contains(document.activeElement)).toBe(true)
    // dmn-js's FEEL editor replaces its whole text with the new one (`setValue`).
    expect(caretOffset(editor)).toBe(0)
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('A’s new decision name shows in B’s header in place', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const node = b.viewNode()

    ;(a.viewer().get('modeling') as LiteralModeling).editDecisionName('Gebühr je Hund')

    await expect
      .poll(() => b.container.querySelector('.decision-name')?.textContent)
      .toBe('Gebühr je Hund')
    expect(b.opens()).toBe(0)
    expect(b.viewNode()).toBe(node)
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('A renames the variable B is editing: B’s input shows A’s name and keeps focus', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const name = input(b, '.variable-name-input')
    name.focus()
    name.setSelectionRange(2, 2)

    ;(a.viewer().get('modeling') as LiteralModeling).editVariableName('betrag')

    await expect.poll(() => name.value).toBe('betrag')
    expect(b.opens()).toBe(0)
    expect(document.activeElement).toBe(name)
    // Writing the value moves the caret to its end (the browser's rule for a changed value).
    expect(name.selectionStart).toBe('betrag'.length)
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('A’s new expression language shows in B in place: the language select and a plain text editor', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const node = b.viewNode()

    ;(a.viewer().get('modeling') as LiteralModeling).editExpressionLanguage('javascript')

    await expect.poll(() => input(b, '.expression-language-select input').value).toBe('javascript')
    expect(b.container.querySelector('.textarea.editor .cm-content')).toBeNull()
    expect(b.expressionText()).toBe('anzahl * 10')
    expect(b.opens()).toBe(0)
    expect(b.viewNode()).toBe(node)
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('A’s new variable type re-opens B’s view (dmn-js keeps the type in component state)', async () => {
    const { a, b } = await expressionPeers(DECISION)

    ;(a.viewer().get('modeling') as LiteralModeling).editVariableType('string')

    await expect.poll(() => b.opens()).toBe(1)
    await expect.poll(() => input(b, '.variable-type-select input').value).toBe('string')
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })

  it('a remote change elsewhere in the model leaves B’s view alone', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const node = b.viewNode()
    const bkm = a.modeler.getViews().find((view) => view.element.id === BKM)
    if (!bkm) throw new Error('no BKM view')
    await a.modeler.open(bkm)
    const modeling = a.viewer().get('modeling') as {
      updateProperties(element: ModdleElement, properties: Record<string, unknown>): void
    }
    modeling.updateProperties(a.root(), { name: 'Satz je Hund' })

    await expect.poll(() => drgElement(b, BKM)?.name).toBe('Satz je Hund')
    expect(b.opens()).toBe(0)
    expect(b.viewNode()).toBe(node)
    await expectConverged(a, b)
  })
})

describe('dmn-js binding: a boxed expression view shows remote changes in place', () => {
  it('A’s new function body text shows in B without re-opening; B’s command stack stays empty', async () => {
    const { a, b } = await expressionPeers(BKM)
    const node = b.viewNode()
    const root = b.root()
    const modeling = a.viewer().get('modeling') as {
      updateProperties(element: ModdleElement, properties: Record<string, unknown>): void
    }
    const body = (a.root().encapsulatedLogic as ModdleElement).body as ModdleElement

    modeling.updateProperties(body, { text: 'anzahl * 15' })

    await expect.poll(() => b.expressionText()).toBe('anzahl * 15')
    modeling.updateProperties(a.root(), { name: 'Satz je Hund' })
    await expect.poll(() => input(b, '.element-name').value).toBe('Satz je Hund')
    expect(b.opens()).toBe(0)
    expect(b.viewNode()).toBe(node)
    expect(b.root()).toBe(root)
    expect(b.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })
})

/** dmn-js-boxed-expression's `functionDefinition` service: what its kind and parameter menus call. */
interface FunctionDefinitionEditing {
  setKind(functionDefinition: ModdleElement, kind: string): void
  addParameter(functionDefinition: ModdleElement): void
  removeParameter(functionDefinition: ModdleElement, parameter: ModdleElement): void
  updateParameter(parameter: ModdleElement, properties: Record<string, unknown>): void
}

function functionOf(peer: Peer): ModdleElement {
  return peer.root().encapsulatedLogic as ModdleElement
}

function parametersOf(peer: Peer): ModdleElement[] {
  return functionOf(peer).formalParameter as ModdleElement[]
}

/** The function kind the view shows (`F`, `J`, `P`). */
function shownKind(peer: Peer): string | undefined {
  return peer.container.querySelector('.function-definition-kind')?.textContent ?? undefined
}

/** The formal parameters the view shows, e.g. `(anzahl: number)`. */
function shownParameters(peer: Peer): string | undefined {
  return (
    peer.container.querySelector('.function-definition-parameters > div')?.textContent ?? undefined
  )
}

/** The rendered function definition: a new node when the view was rendered anew. */
function functionNode(peer: Peer): Element | null {
  return peer.container.querySelector('.function-definition')
}

/**
 * B showed A's change without re-opening: the same view and function definition nodes, nothing
 * on B's command stack, no problems reported, both sides converged.
 */
async function expectFunctionShownInPlace(
  a: Peer,
  b: Peer,
  node: Element | null,
  shown: Element | null
): Promise<void> {
  expect(b.opens()).toBe(0)
  expect(b.viewNode()).toBe(node)
  expect(functionNode(b)).toBe(shown)
  expect(b.history()).toEqual([])
  expect(b.problems).toEqual([])
  await expectConverged(a, b)
}

describe('dmn-js binding: a boxed expression view shows a remote function kind and parameters in place', () => {
  it('A’s new function kind shows in B without re-opening', async () => {
    const { a, b } = await expressionPeers(BKM)
    const node = b.viewNode()
    const shown = functionNode(b)
    expect(shownKind(b)).toBe('F')
    const editing = a.viewer().get('functionDefinition') as FunctionDefinitionEditing

    editing.setKind(functionOf(a), 'Java')

    await expect.poll(() => shownKind(b)).toBe('J')
    expect(functionOf(b).kind).toBe('Java')
    editing.setKind(functionOf(a), 'PMML')
    await expect.poll(() => shownKind(b)).toBe('P')
    await expectFunctionShownInPlace(a, b, node, shown)
  })

  it('A adds, renames, retypes and removes formal parameters: B shows each in place', async () => {
    const { a, b } = await expressionPeers(BKM)
    const node = b.viewNode()
    const shown = functionNode(b)
    expect(shownParameters(b)).toBe('(anzahl: number)')
    const editing = a.viewer().get('functionDefinition') as FunctionDefinitionEditing

    // As dmn-js's parameter menu does it: a new parameter without id, then named and typed.
    editing.addParameter(functionOf(a))
    await expect.poll(() => shownParameters(b)).toBe('(anzahl: number, <unnamed>)')
    const added = parametersOf(a)[1] as ModdleElement
    editing.updateParameter(added, { name: 'tarif' })
    await expect.poll(() => shownParameters(b)).toBe('(anzahl: number, tarif)')
    editing.updateParameter(added, { typeRef: 'string' })
    await expect.poll(() => shownParameters(b)).toBe('(anzahl: number, tarif: string)')
    const anzahl = parametersOf(a)[0] as ModdleElement
    editing.updateParameter(anzahl, { name: 'hunde', typeRef: 'integer' })
    await expect.poll(() => shownParameters(b)).toBe('(hunde: integer, tarif: string)')
    expect(shownParameters(a)).toBe(shownParameters(b))
    await expectConverged(a, b)

    editing.removeParameter(functionOf(a), anzahl)

    await expect.poll(() => shownParameters(b)).toBe('(tarif: string)')
    expect(shownParameters(a)).toBe(shownParameters(b))
    expect(parametersOf(b).map((parameter) => parameter.name)).toEqual(['tarif'])
    await expectFunctionShownInPlace(a, b, node, shown)
  })
})

/** `XML` with the business knowledge model replaced by `bkm` (its whole element). */
function withBkm(bkm: string): string {
  return XML.replace(/ {2}<businessKnowledgeModel[\s\S]*<\/businessKnowledgeModel>\n/, bkm)
}

/** Writes a model as the server's REST merge would: one transaction, another origin than A's and B's. */
async function writeFromServer(peer: Peer, ...versions: string[]): Promise<void> {
  const trees: ModdleElement[] = []
  for (const xml of versions) {
    const parsed = await parseDmn(xml)
    expect(parsed.problems).toEqual([])
    trees.push(parsed.definitions as unknown as ModdleElement)
  }
  peer.doc.transact(() => {
    for (const tree of trees) reconcileDefinitions(peer.doc, 'server', FILE, tree)
  }, 'server')
}

const NEW_BKM = `  <businessKnowledgeModel id="${BKM}" name="Tarif">
    <variable id="InformationItem_Tarif" name="Tarif" />
    <encapsulatedLogic id="FunctionDefinition_Tarif" kind="Java">
      <formalParameter id="InformationItem_Tarifart" name="tarifart" typeRef="string" />
      <literalExpression id="LiteralExpression_Tarif">
        <text>tarifart</text>
      </literalExpression>
    </encapsulatedLogic>
  </businessKnowledgeModel>
`

describe('dmn-js binding: an expression view whose content was replaced remotely', () => {
  it('the decision’s literal expression replaced by another one (new id): B re-opens and shows it', async () => {
    const { a, b } = await expressionPeers(DECISION)

    await writeFromServer(
      a,
      XML.replace('LiteralExpression_Gebuehr', 'LiteralExpression_Neu').replace(
        'anzahl * 10',
        'anzahl * 30'
      )
    )

    await expect.poll(() => b.opens()).toBe(1)
    await expect.poll(() => b.expressionText()).toBe('anzahl * 30')
    expect(b.root().id).toBe(DECISION)
    expect(b.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('the business knowledge model removed and re-added with the same id and new content: B re-opens and shows it', async () => {
    const { a, b } = await expressionPeers(BKM)
    const shown = functionNode(b)

    await writeFromServer(a, withBkm(''), withBkm(NEW_BKM))

    await expect.poll(() => b.opens()).toBe(1)
    await expect.poll(() => shownParameters(b)).toBe('(tarifart: string)')
    expect(shownKind(b)).toBe('J')
    expect(b.expressionText()).toBe('tarifart')
    expect(input(b, '.element-name').value).toBe('Tarif')
    expect(functionNode(b)).not.toBe(shown)
    expect(b.root().id).toBe(BKM)
    expect(b.modeler.getActiveView()?.element.id).toBe(BKM)
    // A had the view open too: the server's change is remote for A as well.
    expect(shownParameters(a)).toBe('(tarifart: string)')
    expect(a.history()).toEqual([])
    expect(b.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('re-added with the same ids throughout: the same objects, so B shows the new content in place', async () => {
    const { a, b } = await expressionPeers(BKM)
    const node = b.viewNode()
    const shown = functionNode(b)
    const sameIds = withBkm(
      NEW_BKM.replace('InformationItem_Tarif"', 'InformationItem_Satz"')
        .replace('FunctionDefinition_Tarif', 'FunctionDefinition_Satz')
        .replace('InformationItem_Tarifart', 'InformationItem_Anzahl')
        .replace('LiteralExpression_Tarif', 'LiteralExpression_Satz')
    )

    await writeFromServer(a, withBkm(''), sameIds)

    await expect.poll(() => shownParameters(b)).toBe('(tarifart: string)')
    expect(shownKind(b)).toBe('J')
    expect(b.expressionText()).toBe('tarifart')
    expect(input(b, '.element-name').value).toBe('Tarif')
    await expectFunctionShownInPlace(a, b, node, shown)
  })

  it('the root element replaced by one of another type (same id): B switches to the new element’s viewer', async () => {
    const { a, b } = await expressionPeers(BKM)
    const before = b.root()
    const boxed = b.viewer()

    await writeFromServer(
      a,
      withBkm(`  <decision id="${BKM}" name="Satz als Entscheidung">
    <variable id="InformationItem_Satz" name="Satz" />
    <literalExpression id="LiteralExpression_Satz">
      <text>12</text>
    </literalExpression>
  </decision>
`)
    )

    // dmn-js's `_updateViews` made the literal expression view active before the binding re-opened
    // it; B must really switch viewers: the boxed one leaves the page, the literal one shows.
    await expect.poll(() => b.expressionText()).toBe('12')
    expect(b.opens()).toBe(1)
    expect(b.modeler.getActiveView()?.type).toBe('literalExpression')
    expect(b.viewer()).not.toBe(boxed)
    expect(shownViewers(b)).toBe(1)
    expect(functionNode(b)).toBeNull()
    expect(b.root()).not.toBe(before)
    expect(b.root().id).toBe(BKM)
    expect(b.modeler.getActiveView()?.element.id).toBe(BKM)
    expect(b.container.querySelector('.decision-name')?.textContent).toBe('Satz als Entscheidung')
    // A had the view open too: the server's change is remote for A as well.
    await expect.poll(() => a.expressionText()).toBe('12')
    expect(shownViewers(a)).toBe(1)
    expect(a.history()).toEqual([])
    expect(b.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('the decision’s logic switched to a decision table and back while open: B switches viewers each time', async () => {
    const { a, b } = await expressionPeers(DECISION)
    const literal = b.viewer()

    await writeFromServer(a, XML.replace(LITERAL_GEBUEHR, TABLE_GEBUEHR))

    await expect.poll(() => b.modeler.getActiveView()?.type).toBe('decisionTable')
    await expect.poll(() => shownCell(b, 'Rule_Gebuehr_1_Output_Gebuehr')).toBe('anzahl * 10')
    expect(b.opens()).toBe(1)
    expect(b.modeler.getActiveView()?.element.id).toBe(DECISION)
    expect(b.viewer()).not.toBe(literal)
    expect(shownViewers(b)).toBe(1)
    expect(b.expressionText()).toBeUndefined()
    expect(b.history()).toEqual([])
    await expect.poll(() => shownCell(a, 'Rule_Gebuehr_1_Output_Gebuehr')).toBe('anzahl * 10')
    expect(shownViewers(a)).toBe(1)
    expect(a.history()).toEqual([])
    await expectConverged(a, b)
    const table = b.viewer()

    // Back: the literal expression viewer showed this decision before, so it still holds it.
    await writeFromServer(a, XML)

    await expect.poll(() => b.modeler.getActiveView()?.type).toBe('literalExpression')
    await expect.poll(() => b.expressionText()).toBe('anzahl * 10')
    expect(b.opens()).toBe(2)
    expect(b.viewer()).toBe(literal)
    expect(b.viewer()).not.toBe(table)
    expect(shownViewers(b)).toBe(1)
    expect(b.container.querySelector('.tjs-table')).toBeNull()
    expect(b.root().id).toBe(DECISION)
    expect(b.history()).toEqual([])
    await expect.poll(() => a.expressionText()).toBe('anzahl * 10')
    expect(shownViewers(a)).toBe(1)
    expect(a.history()).toEqual([])
    expect(b.problems).toEqual([])
    await expectConverged(a, b)
  })

  it('the business knowledge model B shows removed: B switches to the first view, the decision’s literal expression', async () => {
    const { a, b } = await expressionPeers(BKM)

    await writeFromServer(a, withBkm(''))

    await expect.poll(() => b.expressionText()).toBe('anzahl * 10')
    expect(b.modeler.getActiveView()?.type).toBe('literalExpression')
    expect(b.root().id).toBe(DECISION)
    expect(shownViewers(b)).toBe(1)
    expect(functionNode(b)).toBeNull()
    expect(b.history()).toEqual([])
    await expectConverged(a, b)
  })
})

const LITERAL_GEBUEHR = `    <literalExpression id="LiteralExpression_Gebuehr">
      <text>anzahl * 10</text>
    </literalExpression>
`

// The same decision with a decision table as its logic: what dmn-js opens as a decision table view.
const TABLE_GEBUEHR = `    <decisionTable id="DecisionTable_Gebuehr">
      <input id="Input_Anzahl" label="Anzahl">
        <inputExpression id="InputExpression_Anzahl" typeRef="number">
          <text>anzahl</text>
        </inputExpression>
      </input>
      <output id="Output_Gebuehr" name="gebuehr" typeRef="number" />
      <rule id="Rule_Gebuehr_1">
        <inputEntry id="Rule_Gebuehr_1_Input_Anzahl">
          <text>&gt; 0</text>
        </inputEntry>
        <outputEntry id="Rule_Gebuehr_1_Output_Gebuehr">
          <text>anzahl * 10</text>
        </outputEntry>
      </rule>
    </decisionTable>
`

/** How many of dmn-js's viewers are on the page (dmn-js attaches one, the active view's). */
function shownViewers(peer: Peer): number {
  return peer.container.querySelector('.dmn-js-parent')?.childElementCount ?? 0
}

/** The text of a decision table cell as table-js shows it. */
function shownCell(peer: Peer, cellId: string): string | undefined {
  return peer.container.querySelector(`[data-element-id="${cellId}"]`)?.textContent ?? undefined
}
