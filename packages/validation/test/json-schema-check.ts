/**
 * A small JSON Schema (2020-12) checker for the keywords the dataset schema uses, so tests can
 * hold the shipped schema against real data without another dependency. It fails loudly on a
 * keyword it does not know, so the schema cannot grow past what the tests check.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'maxItems',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The JSON Pointers where `value` breaks `schema`, each with the keyword it breaks. */
export function checkJsonSchema(schema: Schema, value: unknown, path = ''): string[] {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key))
      throw new Error(`json-schema-check: unsupported keyword ${key} at ${path}`);
  const problems: string[] = [];
  const fail = (keyword: string) => problems.push(`${path || '/'} ${keyword}`);
  if (schema.type !== undefined) {
    const actual = typeOf(value);
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok) return [`${path || '/'} type`];
  }
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
  }
  if (Array.isArray(value) && typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    fail('maxItems');
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      problems.push(...checkJsonSchema(schema.items as Schema, item, `${path}/${i}`));
    });
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) problems.push(`${path}/${key} required`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key])
        problems.push(...checkJsonSchema(properties[key], item, `${path}/${key}`));
      else if (schema.additionalProperties === false)
        problems.push(`${path}/${key} additionalProperties`);
    }
  }
  return problems;
}
