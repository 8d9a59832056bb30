// A tiny validator for the subset of JSON Schema draft 2020-12 that the project's schemas use (no npm
// package needed), and readers of the TypeScript sources the schemas must match.
import assert from 'node:assert/strict';

export type Schema = Record<string, unknown>;

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** A validator for `root`: errors of a value against a node of it, as "path: problem" strings. */
export function validator(root: Schema) {
  const resolve = (node: Schema): Schema => {
    const ref = node.$ref as string | undefined;
    if (!ref) return node;
    const name = ref.replace('#/$defs/', '');
    return resolve((root.$defs as Record<string, Schema>)[name]!);
  };
  const validate = (value: unknown, node: Schema = root, path = '$'): string[] => {
    const s = resolve(node);
    const errors: string[] = [];
    if ('const' in s && value !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
    if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
    if (s.type) {
      const types = ([] as string[]).concat(s.type as string);
      const actual = typeOf(value);
      const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
      if (!ok) return [...errors, `${path}: expected ${types.join('|')}, got ${actual}`];
    }
    if (typeof value === 'string' && s.pattern && !new RegExp(s.pattern as string, 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${s.pattern}`);
    }
    if (typeof value === 'number' && typeof s.minimum === 'number' && value < s.minimum)
      errors.push(`${path}: below minimum`);
    if (Array.isArray(value) && typeof s.minItems === 'number' && value.length < s.minItems)
      errors.push(`${path}: fewer than ${s.minItems} items`);
    if (Array.isArray(value) && s.items)
      value.forEach((v, i) => errors.push(...validate(v, s.items as Schema, `${path}[${i}]`)));
    if (typeOf(value) === 'object') {
      const obj = value as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const key of (s.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
      for (const [key, v] of Object.entries(obj)) {
        if (props[key]) errors.push(...validate(v, props[key]!, `${path}.${key}`));
        else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
      }
    }
    return errors;
  };
  return validate;
}

/** Fields of an exported interface in a TypeScript source: name → optional? */
export function interfaceFields(source: string, name: string): Map<string, boolean> {
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1];
  assert.ok(body, `interface ${name}`);
  const fields = new Map<string, boolean>();
  for (const m of body.matchAll(/^\s{2}(\w+)(\??):/gm)) fields.set(m[1]!, m[2] === '?');
  return fields;
}

/** Members of an exported union of string literals in a TypeScript source. */
export function unionMembers(source: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([\\s\\S]*?);`).exec(source)?.[1];
  assert.ok(body, `type ${name}`);
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}
