/** A secret found by a pattern rule: the rule id and the range to remove, inside one string. */
export interface PatternHit {
    rule: string;
    start: number;
    end: number;
}
/**
 * Pattern hits for each of `texts` (same order). Strings that are not candidates (see
 * isPatternCandidate) get none.
 */
export declare function findPatternSecrets(texts: readonly string[]): Promise<PatternHit[][]>;
