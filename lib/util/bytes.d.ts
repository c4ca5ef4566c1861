/** `bytes` in MiB: one decimal below 10 MiB, none above ("1.5 MiB", "150 MiB"). */
export declare const megabytes: (bytes: number) => string;
