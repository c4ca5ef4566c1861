// Kept until the front ends import './restore/index.js' directly.
export * from './restore/index.js'
