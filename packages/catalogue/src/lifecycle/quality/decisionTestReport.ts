// The decision-test report is computed by @bauplan/dmn-engine (runFolderDecisionTests), which the
// CLI's `bauplan validate` runs too; the catalogue hands the same shape to the API and the UI.
export { noDecisionTests } from '@bauplan/dmn-engine'
export type {
  DecisionTestOutcome,
  DecisionTestOutput,
  DecisionTestReport,
} from '@bauplan/dmn-engine'
