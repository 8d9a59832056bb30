// Readers of the TypeScript sources the JSON Schemas must match (the schemas themselves are checked by Ajv:
// helpers/event-list-schema.ts, helpers/story-event-list-schema.ts).
import assert from 'node:assert/strict';

export type Schema = Record<string, unknown>;

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
