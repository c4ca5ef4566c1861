import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import {
  checkFileNameTemplate,
  checkPath,
  checkTemplate,
  joinRepoPath,
  normalizeDirectory,
  renderFileName,
  renderText,
  sanitizeNamePart
} from '../src/paths.js'

const values = {
  name: 'Orders API',
  id: '1f0df51a-8658-4ee8-a2a1-d2567dfa09a9',
  uid: '123-1f0df51a-8658-4ee8-a2a1-d2567dfa09a9'
}

describe('file name templates', () => {
  it('fills {name}, {id} and {uid}', () => {
    expect(renderFileName('{name}.postman_collection.json', values)).toBe('Orders API.postman_collection.json')
    expect(renderFileName('{id}-{uid}.json', values)).toBe(`${values.id}-${values.uid}.json`)
  })

  it('replaces characters that are not allowed in a path, so a name cannot add folders', () => {
    const name = renderFileName('{name}.json', { ...values, name: 'a/b\\c:d*e?f"g<h>i|j\u0001k' })
    expect(name).toBe('a_b_c_d_e_f_g_h_i_j_k.json')
    expect(renderFileName('{name}.json', { ...values, name: '../../etc/passwd' })).toBe('.._.._etc_passwd.json')
  })

  it('keeps emoji, quotes and other unicode in names', () => {
    expect(renderFileName('{name}.json', { ...values, name: "Café 🚀 'ünïcode'" })).toBe("Café 🚀 'ünïcode'.json")
  })

  it('allows folders written in the template itself', () => {
    expect(renderFileName('{id}/{name}.json', values)).toBe(`${values.id}/Orders API.json`)
  })

  it('refuses unknown placeholders, naming the input and the allowed ones', () => {
    expect(() => checkTemplate('{title}.json', 'filename')).toThrow(
      new InputError('filename', 'unknown placeholder "{title}" in "{title}.json". Use {name}, {id}, {uid}.')
    )
    expect(() => renderText('Back up {collection}', values, 'commit-message')).toThrow(/commitMessage.*\{collection\}/)
  })

  it('refuses a template that yields an empty name', () => {
    expect(() => renderFileName('{name}', { ...values, name: '   ' })).toThrow(/filename.*empty file name/)
    expect(() => renderFileName('{name}', { ...values, name: '...' })).toThrow(/empty file name/)
  })

  it('truncates very long placeholder values so the file name stays under 255 bytes', () => {
    const name = renderFileName('{name}.postman_collection.json', { ...values, name: 'é'.repeat(300) })
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
    expect(name.endsWith('.postman_collection.json')).toBe(true)
  })

  it.each([
    ['../{name}.json', /"\.\." segments/],
    ['/{name}.json', /absolute/],
    ['.git/hooks/{name}', /\.git/],
    ['a\\{name}.json', /backslash/],
    ['{name}\u0007.json', /control/],
    [`${'x'.repeat(256)}{id}`, /longer than 255 bytes/],
    ['{name', undefined]
  ])('checks the literal text of the template %j before any value is known', (template, why) => {
    if (why) expect(() => checkFileNameTemplate(template, 'filename')).toThrow(why)
    else expect(() => checkFileNameTemplate(template, 'filename')).not.toThrow()
  })

  it('fills commit messages without sanitizing', () => {
    expect(renderText('Back up {name} ({id})', { ...values, name: 'a/b' }, 'commit-message')).toBe(
      `Back up a/b (${values.id})`
    )
  })
})

describe('repository paths', () => {
  it.each([
    ['../x', /"\.\." segments/],
    ['a/../b', /"\.\." segments/],
    ['./a', /"\.\." segments|"\." or/],
    ['/abs', /absolute/],
    ['a//b', /empty path segment/],
    ['.git/hooks', /\.git/],
    ['a/.GIT/b', /\.git/],
    ['a\\b', /backslash/],
    ['a\u0000b', /control/],
    ['a\nb', /control/],
    ['x'.repeat(256), /longer than 255 bytes/]
  ])('refuses %j', (path, why) => {
    expect(() => checkPath(path, 'directory')).toThrow(why)
    expect(() => checkPath(path, 'directory')).toThrow(InputError)
  })

  it('accepts ordinary nested paths with spaces and unicode', () => {
    expect(() => checkPath('Postman collections/Team Ä/x.json', 'directory')).not.toThrow()
  })

  it('normalizes the directory: root for "" and ".", one trailing slash dropped', () => {
    expect(normalizeDirectory('')).toBe('')
    expect(normalizeDirectory('.')).toBe('')
    expect(normalizeDirectory('backups/')).toBe('backups')
    expect(normalizeDirectory(' Postman collections ')).toBe('Postman collections')
    expect(() => normalizeDirectory('/etc')).toThrow(/Option "directory".*absolute/)
  })

  it('joins directory and file name', () => {
    expect(joinRepoPath('', 'a.json')).toBe('a.json')
    expect(joinRepoPath('d/e', 'a.json')).toBe('d/e/a.json')
  })

  it('sanitizes name parts', () => {
    expect(sanitizeNamePart('  a/b  ')).toBe('a_b')
  })
})

describe('portable file names', () => {
  const values = { name: 'Orders', id: 'c1', uid: '1-c1' }
  const render = (name: string, template = '{name}.postman_collection.json') =>
    renderFileName(template, { ...values, name })

  it('prefixes Windows device names, judged by the stem before the first dot, in any case', () => {
    expect(render('CON')).toBe('_CON.postman_collection.json')
    expect(render('aux')).toBe('_aux.postman_collection.json')
    expect(render('aux.json', '{name}')).toBe('_aux.json')
    expect(render('Com1')).toBe('_Com1.postman_collection.json')
    expect(render('lpt9 ', '{name}/x.json')).toBe('_lpt9/x.json')
    expect(render('nul.tar.gz', '{name}')).toBe('_nul.tar.gz')
    expect(render('CONSOLE')).toBe('CONSOLE.postman_collection.json')
    expect(render('COM10')).toBe('COM10.postman_collection.json')
  })

  it('drops trailing dots and spaces of every segment a name makes', () => {
    expect(render('Orders. ', '{name}/{id}.json')).toBe('Orders/c1.json')
    expect(render('v2.', '{name}')).toBe('v2')
    expect(() => render('. .', '{name}/{id}.json')).toThrow(/empty file name/)
  })

  it('replaces bidi overrides and C1 controls, and sees through characters macOS ignores', () => {
    expect(render('evil\u202Egpj.exe', '{name}')).toBe('evil_gpj.exe')
    expect(render('a\u0085b\u2066c\u200Fd', '{name}')).toBe('a_b_c_d')
    // ".g\u200Cit" is ".git" on macOS: refused as git's own folder, but the name keeps its spelling.
    expect(render('.g\u200Cit', '{name}/x.json')).toBe('_.g\u200Cit/x.json')
    // Emoji sequences keep their zero-width joiners.
    expect(render('\u{1F469}\u200D\u{1F467}', '{name}')).toBe('\u{1F469}\u200D\u{1F467}')
  })

  it('normalises to NFC, so the NFC and NFD spellings of a name are one file', () => {
    const nfc = 'Caf\u00e9'
    const nfd = 'Cafe\u0301'
    expect(render(nfd)).toBe(render(nfc))
    expect(render(nfd)).toBe(`${nfc}.postman_collection.json`)
  })

  it('never makes a .git folder in any spelling git refuses', () => {
    for (const name of ['.git', '.git.', '.GIT ', '.Git. .', 'git~1', 'GIT~2']) {
      const path = render(name, '{name}/{id}.json')
      expect(path.split('/')[0]).toMatch(/^_/)
      expect(() => checkPath(path, 'filename')).not.toThrow()
    }
    expect(render('.gitignore', '{name}/{id}.json')).toBe('.gitignore/c1.json')
  })
})
