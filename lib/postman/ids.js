/** A collection or environment UID is `<owner id>-<id>`; the ID is what follows the owner. */
export function idFromReference(idOrUid) {
    return idOrUid.replace(/^\d+-/, '');
}
