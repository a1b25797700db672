import semver from 'semver'
import { maxSatisfying, satisfiesRange } from '../semver/range'
import { compareVersions, highestVersion, isVersion } from '../semver/version'
import type { BausteinRef } from './bausteinRef'

export interface AvailableUpdates {
  /** A newer version inside the reference's range: taken on the next resolution, no model change needed. */
  withinRange?: string
  /** The highest version of a newer major line outside the range: adopting it means editing the range. */
  newerMajor?: string
}

/**
 * What a caller could move to from the version it is resolved to. The two answers differ in effort:
 * `withinRange` is compatible by the version rule, `newerMajor` may break the caller and needs a
 * review before the range is widened. Both are absent when the caller is up to date.
 */
export function updatesAvailable(
  ref: BausteinRef,
  resolved: string,
  publishedVersions: readonly string[]
): AvailableUpdates {
  const updates: AvailableUpdates = {}
  if (!isVersion(resolved)) return updates
  const bestInRange = maxSatisfying(publishedVersions, ref.versionRange)
  if (bestInRange !== undefined && compareVersions(bestInRange, resolved) > 0) {
    updates.withinRange = bestInRange
  }
  const outside = publishedVersions.filter(
    (version) =>
      isVersion(version) &&
      semver.major(version) > semver.major(resolved) &&
      !satisfiesRange(version, ref.versionRange)
  )
  const newerMajor = highestVersion(outside)
  if (newerMajor !== undefined) updates.newerMajor = newerMajor
  return updates
}
