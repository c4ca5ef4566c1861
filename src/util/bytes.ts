// Sizes as messages show them.

const MiB = 1024 * 1024

/** `bytes` in MiB: one decimal below 10 MiB, none above ("1.5 MiB", "150 MiB"). */
export const megabytes = (bytes: number): string => `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`
