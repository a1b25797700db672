import { defineMessages } from '../../lib/i18n/i18n'

export const decisionModelerMessages = defineMessages({
  de: {
    canvasLabel: 'DMN-Entscheidungsmodell {file}',
    importFailed: 'Das DMN-Modell konnte nicht geöffnet werden: {reason}',
    views: 'Ansichten des Modells',
    drd: 'Anforderungsdiagramm (DRD)',
    decisionTable: 'Entscheidungstabelle: {name}',
    literalExpression: 'Literaler Ausdruck: {name}',
    otherView: 'Ansicht: {name}',
    history: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
  },
  en: {
    canvasLabel: 'DMN decision model {file}',
    importFailed: 'The DMN model could not be opened: {reason}',
    views: 'Views of the model',
    drd: 'Requirements diagram (DRD)',
    decisionTable: 'Decision table: {name}',
    literalExpression: 'Literal expression: {name}',
    otherView: 'View: {name}',
    history: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
  },
})
