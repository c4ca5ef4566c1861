import { createHash } from 'node:crypto';
/**
 * The git blob SHA-1 of some bytes: sha1("blob <length>\0" + bytes). It equals `git hash-object`
 * and the `sha` GitHub reports for a file, so "unchanged" can be told without downloading.
 */
export function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
