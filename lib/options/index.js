// The options of every use case, declared once (table.ts), read from text (values.ts) and
// checked with their defaults applied (resolve.ts).
export * from './table.js';
export * from './values.js';
export * from './resolve.js';
