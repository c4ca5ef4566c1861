import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { checkBranchName, parseRepository } from '../../src/github/names.js'

describe('parseRepository', () => {
  it('splits owner/name', () => {
    expect(parseRepository('octo-org/api.backups_1')).toEqual({ owner: 'octo-org', repo: 'api.backups_1' })
    expect(parseRepository(' a/b ')).toEqual({ owner: 'a', repo: 'b' })
  })

  it.each(['owner', 'a/b/c', 'a b/c', 'a/b c', '', '/b', 'a/', 'a/..', '-a/b'])(
    'refuses %j with the expected form',
    (value) => {
      expect(() => parseRepository(value)).toThrow(InputError)
      expect(() => parseRepository(value)).toThrow(/Option "repository": .* is not of the form owner\/name/)
    }
  )
})

describe('checkBranchName', () => {
  it.each(['main', 'backups/postman', 'release-1.0', 'feature/ü'])('accepts %j', (name) => {
    expect(checkBranchName(name)).toBe(name)
  })

  it.each([
    ['a..b', /".."/],
    ['-x', /starts with "-"/],
    ['a b', /space/],
    ['refs/heads/x', /without the "refs\/heads\/" prefix/],
    ['a~b', /~/],
    ['a:b', /:/],
    ['a/', /empty part/],
    ['a//b', /empty part/],
    ['a.', /ends with "."/],
    ['x.lock', /\.lock/],
    ['a/.b', /starts with "."/],
    ['a@{b', /@\{/],
    ['a\tb', /control/]
  ])('refuses %j, saying why', (name, why) => {
    expect(() => checkBranchName(name)).toThrow(why)
    expect(() => checkBranchName(name)).toThrow(/Option "branch"/)
  })
})
