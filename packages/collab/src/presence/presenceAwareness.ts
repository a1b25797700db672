/**
 * What presence needs of an awareness: the subset of y-protocols' `Awareness` it uses. Written as
 * an interface so the web app can hand in `provider.awareness` of y-websocket without importing
 * y-protocols itself, and so the functions here say exactly what they touch.
 */
export interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

export interface PresenceAwareness {
  /** This client's id (the Y.Doc's client id). */
  readonly clientID: number
  getStates(): Map<number, Record<string, unknown>>
  getLocalState(): Record<string, unknown> | null
  setLocalStateField(field: string, value: unknown): void
  on(event: 'change', listener: (changes: AwarenessChanges, origin: unknown) => void): void
  off(event: 'change', listener: (changes: AwarenessChanges, origin: unknown) => void): void
}
