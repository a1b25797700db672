/** Verfahrensstand mitteilen (RAG 2): Statusinformation elektronisch abrufbar machen und über den Rückkanal senden. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'

export default defineDiagram({
  processId: 'Process_VerfahrensstandMitteilen',
  processName: 'Verfahrensstand mitteilen',
  documentation:
    'Macht eine Änderung des Verfahrensstands elektronisch abrufbar (§ 9 Abs. 1 EGovG) und benachrichtigt die antragstellende Person über ihren Rückkanal, wenn sie einen angegeben hat.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_VerfahrensstandMitteilen',
      lanes: [{ id: IT, name: 'IT-Fachverfahren' }],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_StandGeaendert',
      type: 'startEvent',
      name: 'Verfahrensstand geändert',
      lane: IT,
      col: 0,
    },
    {
      id: 'Activity_StatusZusammenstellen',
      type: 'serviceTask',
      name: 'Statusmeldung zusammenstellen',
      lane: IT,
      col: 1,
      documentation:
        'Stand, nächster Schritt, voraussichtliche Dauer und Kontakt der zuständigen Ansprechstelle.',
    },
    {
      id: 'Activity_StatusBereitstellen',
      type: 'serviceTask',
      name: 'Status zum Abruf bereitstellen',
      lane: IT,
      col: 2,
    },
    {
      id: 'Gateway_Rueckkanal',
      type: 'exclusiveGateway',
      name: 'Rückkanal angegeben?',
      lane: IT,
      col: 3,
    },
    {
      id: 'Activity_StatusSenden',
      type: 'sendTask',
      name: 'Statusnachricht senden',
      lane: IT,
      col: 4,
    },
    {
      id: 'EndEvent_StandMitgeteilt',
      type: 'endEvent',
      name: 'Verfahrensstand mitgeteilt',
      lane: IT,
      col: 5,
    },
    {
      id: 'EndEvent_StandAbrufbar',
      type: 'endEvent',
      name: 'Verfahrensstand abrufbar',
      lane: IT,
      col: 5,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_StandGeaendert', to: 'Activity_StatusZusammenstellen' },
    { from: 'Activity_StatusZusammenstellen', to: 'Activity_StatusBereitstellen' },
    { from: 'Activity_StatusBereitstellen', to: 'Gateway_Rueckkanal' },
    {
      from: 'Gateway_Rueckkanal',
      to: 'Activity_StatusSenden',
      name: 'ja',
      condition: '=rueckkanal != null',
    },
    { from: 'Gateway_Rueckkanal', to: 'EndEvent_StandAbrufbar', name: 'nein', default: true },
    { from: 'Activity_StatusSenden', to: 'EndEvent_StandMitgeteilt' },
  ],
  messageFlows: [
    {
      from: 'Activity_StatusBereitstellen',
      to: 'Participant_Antragsteller',
      name: 'Status (Abruf)',
    },
    { from: 'Activity_StatusSenden', to: 'Participant_Antragsteller', name: 'Statusnachricht' },
  ],
})
