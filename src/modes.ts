// The choices of the options that pick a mode. A leaf module (no imports), so the options table,
// errors and the modules that act on a mode can all use it without an import cycle.

export const VALIDATION_MODES = ['strict', 'lenient', 'off'] as const
export type ValidationMode = (typeof VALIDATION_MODES)[number]

export const REDACT_MODES = ['secrets', 'none'] as const
export type RedactMode = (typeof REDACT_MODES)[number]

/** The action's `mode` input. */
export const ACTION_MODES = ['backup', 'restore'] as const
export type ActionMode = (typeof ACTION_MODES)[number]
