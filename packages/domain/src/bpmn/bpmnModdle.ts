import { BpmnModdle, type BpmnModdleInstance } from 'bpmn-moddle'
import { bauplanModdleDescriptor } from './bauplanExtension'

let instance: BpmnModdleInstance | undefined

/**
 * One bpmn-moddle instance with the bauplan extension, built on first use: building the metamodel
 * registry costs a few milliseconds, while parsing and writing keep no state in the instance.
 */
export function bpmnModdle(): BpmnModdleInstance {
  instance ??= BpmnModdle({ bauplan: bauplanModdleDescriptor })
  return instance
}
