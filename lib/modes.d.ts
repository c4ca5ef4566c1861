export declare const VALIDATION_MODES: readonly ["strict", "lenient", "off"];
export type ValidationMode = (typeof VALIDATION_MODES)[number];
export declare const REDACT_MODES: readonly ["secrets", "none"];
export type RedactMode = (typeof REDACT_MODES)[number];
/** The action's `mode` input. */
export declare const ACTION_MODES: readonly ["backup", "restore"];
export type ActionMode = (typeof ACTION_MODES)[number];
