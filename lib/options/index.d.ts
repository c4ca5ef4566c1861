export * from './table.js';
export * from './values.js';
export * from './resolve.js';
