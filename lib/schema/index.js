export { CollectionV21Schema } from './collection-v2.1.js';
export { CollectionV20Schema } from './collection-v2.0.js';
export { validateCollection, detectCollectionVersion, formatIssue, escapePointerToken, MAX_REPORTED_ERRORS } from './validate.js';
export { KNOWN_DEVIATIONS } from './deviations.js';
// ---- environments ----
export { validateEnvironment, EnvironmentSchema, EnvironmentLenientSchema, ENVIRONMENT_VARIABLE_TYPES, ENVIRONMENT_DEVIATIONS } from './environment.js';
