// The documents the diff knows. Globals have an environment's shape ({name, values}); the diff
// treats them alike and only the wording differs.
export type DiffKind = 'collection' | 'environment' | 'globals'
