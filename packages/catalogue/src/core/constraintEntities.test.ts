import { describe, expect, it } from 'vitest'
import {
  entityOfTable,
  fieldOfPostgresConstraint,
  fieldOfSqliteConstraint,
} from './constraintEntities'

describe('constraint errors name the entity and field', () => {
  it('maps tables to entities', () => {
    expect(entityOfTable('block_versions')).toBe('version')
    expect(entityOfTable('unknown_table')).toBeUndefined()
  })

  it('reads the field from SQLite messages', () => {
    expect(fieldOfSqliteConstraint('users.display_name')).toBe('displayName')
    expect(fieldOfSqliteConstraint("kind IN ('land', 'kommune')")).toBe('kind')
    expect(fieldOfSqliteConstraint('length(name) BETWEEN 1 AND 200')).toBe('name')
  })

  it('reads the field from PostgreSQL constraint names', () => {
    expect(fieldOfPostgresConstraint('organisations', 'organisations_kind_check', undefined)).toBe(
      'kind'
    )
    expect(fieldOfPostgresConstraint('users', undefined, 'display_name')).toBe('displayName')
    expect(fieldOfPostgresConstraint('block_versions', 'block_versions_check1', undefined)).toBe(
      'block_versions'
    )
  })
})
