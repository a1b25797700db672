/**
 * Each user's colour on avatars and remote selection outlines. It is derived from the user id
 * alone, so every client shows the same person in the same colour without agreeing on anything,
 * and a person keeps their colour across sessions.
 *
 * Every fill has a contrast of at least 4.5:1 against the white canvas, more than the 3:1 WCAG
 * 1.4.11 asks of outlines, and white initials on it reach 4.5:1 (WCAG 1.4.3); presenceColour.test.ts
 * checks both. Colour is never the only cue: avatars carry the name, outlines a name label.
 */
export interface PresenceColour {
  /** Position in PRESENCE_PALETTE. */
  index: number
  /** Avatar background and outline stroke. */
  fill: string
  /** Text (initials, name labels) on `fill`. */
  text: string
}

export const PRESENCE_PALETTE: readonly PresenceColour[] = [
  '#1565c0', // blue
  '#c62828', // red
  '#2e7d32', // green
  '#6a1b9a', // purple
  '#00796b', // teal
  '#bf360c', // burnt orange
  '#5d4037', // brown
  '#ad1457', // magenta
  '#283593', // indigo
  '#00697f', // petrol
  '#6d6400', // olive
  '#37474f', // blue grey
].map((fill, index) => ({ index, fill, text: '#ffffff' }))

export function presenceColour(userId: string): PresenceColour {
  return PRESENCE_PALETTE[fnv1a(userId) % PRESENCE_PALETTE.length]!
}

/** 32-bit FNV-1a over UTF-16 code units: cheap, stable and spreads short ids well enough. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
