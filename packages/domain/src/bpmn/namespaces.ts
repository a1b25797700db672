/** Namespace of BPMN 2.0 semantic elements; the root of every BPMN file is its `definitions`. */
export const BPMN_MODEL_URI = 'http://www.omg.org/spec/BPMN/20100524/MODEL'

/**
 * Our BPMN extension namespace. A call activity that uses another building block from the
 * catalogue names it with `bauplan:baustein` (the block's catalogue id, a URN) and
 * `bauplan:version` (a semver range), so references between blocks live in the model itself and
 * survive any BPMN tool that keeps foreign attributes:
 *
 * `<bpmn:callActivity id="Activity_X" calledElement="Process_IdentitaetPruefen"
 *   bauplan:baustein="urn:bauplan:baustein:sn:identitaet-pruefen" bauplan:version="^1.0.0">`
 */
export const BAUPLAN_BPMN_PREFIX = 'bauplan'
export const BAUPLAN_BPMN_URI = 'urn:bauplan:bpmn:1'
