// Known ways in which documents that Postman itself exports break the official Collection
// Format schema. `lenient` validation accepts exactly these (and warns once per occurrence);
// `strict` rejects them like the official schema does, with a hint. Add a deviation here
// only once it is documented upstream: the table is the single place that widens the schema.

export interface KnownDeviation {
  /** Name of the schema definition (under `definitions`) that the deviation concerns. */
  readonly definition: string
  /** Property of that definition whose `enum` Postman exceeds. */
  readonly property: string
  /** Values Postman writes there that the schema's enum lacks. */
  readonly values: readonly string[]
  /** Where it is documented. */
  readonly reference: string
}

export const KNOWN_DEVIATIONS = [
  // Postman's variable editor offers "default" and "secret" types and exports them as is.
  { definition: 'variable', property: 'type', values: ['default', 'secret'], reference: 'postmanlabs/schemas#207' }
] as const satisfies readonly KnownDeviation[]

/** Variable types Postman emits beyond the schema (for the library's TypeScript types). */
export type PostmanVariableTypeDeviation = (typeof KNOWN_DEVIATIONS)[0]['values'][number]

/** Keyword our lenient schemas carry on a widened property; its value indexes KNOWN_DEVIATIONS. */
export const DEVIATION_KEYWORD = 'x-postman-deviation'

type SchemaNode = Record<string, unknown>

/**
 * A lenient copy of a schema (plain JSON, without TypeBox's symbols): each deviation's enum is
 * extended with the values Postman emits and tagged with DEVIATION_KEYWORD so that the
 * validator can report where they were accepted. Throws if the schema no longer has the
 * property a deviation names, so that the table cannot silently drift from the schema.
 */
export function lenientSchema<T extends object>(
  schema: T,
  deviations: readonly KnownDeviation[] = KNOWN_DEVIATIONS
): T {
  const copy = JSON.parse(JSON.stringify(schema)) as T & { definitions?: Record<string, SchemaNode> }
  deviations.forEach((deviation, index) => {
    const properties = copy.definitions?.[deviation.definition]?.properties as Record<string, SchemaNode> | undefined
    const target = properties?.[deviation.property]
    if (target === undefined || !Array.isArray(target.enum)) {
      throw new Error(
        `Known deviation ${index} names ${deviation.definition}.${deviation.property}, which has no enum in the schema`
      )
    }
    target.enum = [...(target.enum as unknown[]), ...deviation.values]
    target[DEVIATION_KEYWORD] = index
  })
  return copy
}

/** The deviation, if any, that a schema `enum` failure at definition/property for value is. */
export function findDeviation(
  definition: string | undefined,
  property: string | undefined,
  value: unknown
): KnownDeviation | undefined {
  return (KNOWN_DEVIATIONS as readonly KnownDeviation[]).find(
    (d) =>
      d.definition === definition && d.property === property && typeof value === 'string' && d.values.includes(value)
  )
}

export function deviationWarning(deviation: KnownDeviation, value: unknown): string {
  return `${deviation.property} ${JSON.stringify(value)} is not in the Collection Format schema (Postman emits it, see ${deviation.reference}); accepted in lenient mode`
}

export function deviationHint(deviation: KnownDeviation, value: unknown): string {
  return `Postman emits ${JSON.stringify(value)} here (${deviation.reference}), which validation "lenient" accepts`
}
