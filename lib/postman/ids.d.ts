/** A collection or environment UID is `<owner id>-<id>`; the ID is what follows the owner. */
export declare function idFromReference(idOrUid: string): string;
