import { parseExpression, parseUnaryTests } from 'feelin'

/** The lezer syntax tree feelin's parser returns (typed through feelin so no extra dependency). */
export type FeelTree = ReturnType<typeof parseExpression>
export type FeelNode = FeelTree['topNode']

/** Where and why a FEEL text does not parse; `offset` is 0-based into the text. */
export interface FeelSyntaxIssue {
  offset: number
  /** The text at the error, empty when the text ends too early. */
  near: string
}

/**
 * The parse context tells feelin which names exist, so that names with spaces or operators
 * (`Monthly Salary`, `Mike's daughter.name`) are read as one name.
 */
export function parseContext(names: Iterable<string>): Record<string, null> {
  const context: Record<string, null> = {}
  for (const name of names) context[name] = null
  return context
}

export function parseFeelExpression(text: string, names: Iterable<string>): FeelTree {
  return parseExpression(text, parseContext(names), undefined)
}

export function parseFeelUnaryTests(text: string, names: Iterable<string>): FeelTree {
  return parseUnaryTests(text, parseContext(names), undefined)
}

/** The first error node of the tree, or undefined when the text parses. */
export function firstSyntaxIssue(tree: FeelTree, text: string): FeelSyntaxIssue | undefined {
  let issue: FeelSyntaxIssue | undefined
  tree.iterate({
    enter(node) {
      if (issue !== undefined) return false
      if (node.type.isError) {
        const near = text.slice(node.from, Math.max(node.to, node.from + 1)).trim()
        issue = { offset: node.from, near }
        return false
      }
      return undefined
    },
  })
  return issue
}

/** Offsets of the `?` (input value) references in a unary test or expression. */
export function inputValueReferences(tree: FeelTree): Array<{ from: number; to: number }> {
  const found: Array<{ from: number; to: number }> = []
  tree.iterate({
    enter(node) {
      if (node.name === '?') found.push({ from: node.from, to: node.to })
    },
  })
  return found
}

export function childrenOf(node: FeelNode): FeelNode[] {
  const children: FeelNode[] = []
  for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child)
  return children
}
