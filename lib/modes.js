// The choices of the options that pick a mode. A leaf module (no imports), so the options table,
// errors and the modules that act on a mode can all use it without an import cycle.
export const VALIDATION_MODES = ['strict', 'lenient', 'off'];
export const REDACT_MODES = ['secrets', 'none'];
/** The action's `mode` input. */
export const ACTION_MODES = ['backup', 'restore'];
