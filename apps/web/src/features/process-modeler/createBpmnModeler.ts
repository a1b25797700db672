import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css'
import { bauplanModdleDescriptor } from '@bauplan/domain'
import Modeler from 'bpmn-js/lib/Modeler'
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel'
import type { Locale } from '../../lib/i18n/i18n'
import { lintingModule } from './liveLint'
import { openCalledBlockModule, type CalledBlockOptions } from './openCalledBlockModule'
import { createTranslateModule } from './translateModule'

export interface BpmnModelerSetup {
  container: HTMLElement
  propertiesParent: HTMLElement
  getLocale: () => Locale
  calledBlock: CalledBlockOptions
}

/**
 * The bpmn-js modeler as the workbench uses it: properties panel, the `bauplan:` moddle extension
 * (so `bauplan:baustein`/`bauplan:version` on call activities survive import and export), German
 * labels, our "open called block" entry and the live lint markers (liveLint.ts). Keyboard shortcuts bind to the canvas (diagram-js 15
 * binds them to its focusable container, so shortcuts never fire while typing in a form).
 */
export function createBpmnModeler(setup: BpmnModelerSetup): Modeler {
  return new Modeler({
    container: setup.container,
    propertiesPanel: { parent: setup.propertiesParent },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      createTranslateModule(setup.getLocale),
      openCalledBlockModule,
      lintingModule,
    ],
    // Inactive and without rules until the editor hands in the catalogue's levels (liveLint.ts).
    linting: { active: false },
    moddleExtensions: { bauplan: bauplanModdleDescriptor },
    bauplanCalledBlock: setup.calledBlock,
  })
}
