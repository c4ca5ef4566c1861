export type DiffKind = 'collection' | 'environment' | 'globals';
