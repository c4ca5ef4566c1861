/**
 * The git blob SHA-1 of some bytes: sha1("blob <length>\0" + bytes). It equals `git hash-object`
 * and the `sha` GitHub reports for a file, so "unchanged" can be told without downloading.
 */
export declare function gitBlobSha(content: string | Uint8Array): string;
