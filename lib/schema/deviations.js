// Known ways in which documents that Postman itself exports break the official Collection
// Format schema. `lenient` validation accepts exactly these (and warns once per occurrence);
// `strict` rejects them like the official schema does, with a hint. Add a deviation here
// only once it is documented upstream: the table is the single place that widens the schema.
export const KNOWN_DEVIATIONS = [
    // Postman's variable editor offers "default" and "secret" types and exports them as is.
    { definition: 'variable', property: 'type', values: ['default', 'secret'], reference: 'postmanlabs/schemas#207' }
];
/** Keyword our lenient schemas carry on a widened property; its value indexes KNOWN_DEVIATIONS. */
export const DEVIATION_KEYWORD = 'x-postman-deviation';
/**
 * A lenient copy of a schema (plain JSON, without TypeBox's symbols): each deviation's enum is
 * extended with the values Postman emits and tagged with DEVIATION_KEYWORD so that the
 * validator can report where they were accepted. Throws if the schema no longer has the
 * property a deviation names, so that the table cannot silently drift from the schema.
 */
export function lenientSchema(schema, deviations = KNOWN_DEVIATIONS) {
    const copy = JSON.parse(JSON.stringify(schema));
    deviations.forEach((deviation, index) => {
        const properties = copy.definitions?.[deviation.definition]?.properties;
        const target = properties?.[deviation.property];
        if (target === undefined || !Array.isArray(target.enum)) {
            throw new Error(`Known deviation ${index} names ${deviation.definition}.${deviation.property}, which has no enum in the schema`);
        }
        target.enum = [...target.enum, ...deviation.values];
        target[DEVIATION_KEYWORD] = index;
    });
    return copy;
}
/** The deviation, if any, that a schema `enum` failure at definition/property for value is. */
export function findDeviation(definition, property, value) {
    return KNOWN_DEVIATIONS.find((d) => d.definition === definition && d.property === property && typeof value === 'string' && d.values.includes(value));
}
export function deviationWarning(deviation, value) {
    return `${deviation.property} ${JSON.stringify(value)} is not in the Collection Format schema (Postman emits it, see ${deviation.reference}); accepted in lenient mode`;
}
export function deviationHint(deviation, value) {
    return `Postman emits ${JSON.stringify(value)} here (${deviation.reference}), which validation "lenient" accepts`;
}
