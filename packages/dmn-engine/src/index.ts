// The only door into @bauplan/dmn-engine. Every public name is listed here explicitly.

// Compile a DMN model (a dmn-moddle tree, e.g. from parseDmn of @bauplan/domain) once
export { compileDmn } from './compile/compileDmn'
export type { CompileDmnOptions, DmnDefinitionsLike } from './compile/compileDmn'
export type {
  DecisionModel,
  DecisionInfo,
  InputDataInfo,
  BusinessKnowledgeModelInfo,
  DecisionServiceInfo,
  ItemDefinitionInfo,
  HitPolicy,
  Aggregation,
  BoxedExpression,
  LiteralExpressionInfo,
  DecisionTableInfo,
  ContextInfo,
  ListInfo,
  RelationInfo,
  InvocationInfo,
  FunctionDefinitionInfo,
  ConditionalInfo,
  IteratorInfo,
  FilterInfo,
  UnsupportedExpressionInfo,
} from './model'

// Evaluate many times
export { evaluateDecision } from './evaluate/evaluateDecision'
export type { DecisionEvaluation } from './evaluate/evaluateDecision'
export { invokeBusinessKnowledgeModel, invokeDecisionService } from './evaluate/invoke'
export type { InvocationResult } from './evaluate/invoke'
export type { MatchedRules } from './evaluate/evaluationContext'
export type { TraceEntry } from './evaluate/run'
export { toJsonValue } from './feel/jsonValue'

// Decision tests of building blocks (entscheidungstests.json)
export { runDecisionTests } from './decisionTests/runDecisionTests'
export { runFolderDecisionTests } from './decisionTests/runFolderDecisionTests'
export type { FolderDecisionTestRun } from './decisionTests/runFolderDecisionTests'
export { noDecisionTests } from './decisionTests/decisionTestReport'
export type {
  DecisionTestOutcome,
  DecisionTestOutput,
  DecisionTestReport,
} from './decisionTests/decisionTestReport'
export type {
  DecisionTestCase,
  DecisionTestResult,
  DecisionTestRun,
  OutputComparison,
} from './decisionTests/runDecisionTests'

// DMN TCK conformance
export { runConformance, summarize, TCK_LEVELS } from './tck/runConformance'
export type {
  ConformanceRunOptions,
  DmnParser,
  LevelOutcome,
  CaseFolderOutcome,
  TestCaseOutcome,
  ResultNodeOutcome,
  Counts,
} from './tck/runConformance'
export { renderConformanceReport, tckVersions } from './tck/conformanceReport'
export type { ReportHeader } from './tck/conformanceReport'
export { readTckTestFile } from './tck/testFile'
export type { TckTestFile, TckTestCase, TckResultNode, TckValue } from './tck/testFile'
