export { PresenceBar } from './PresenceBar'
export type { PresenceBarProps } from './PresenceBar'
export { bindRemoteSelections, PRESENCE_LAYER } from './bindRemoteSelections'
