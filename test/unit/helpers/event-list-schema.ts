/** The EventList JSON Schema, compiled by a standard JSON Schema validator (Ajv, draft 2020-12). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const root = new URL('../../../../', import.meta.url);
export const schema = JSON.parse(readFileSync(new URL('schema/event-list.schema.json', root), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

/** Whether `value` is an EventList by the schema. */
export const schemaAccepts = (value: unknown): boolean => validate(value) as boolean;

/** The schema's complaints about `value`, as "path message" strings (empty when it is valid). */
export function schemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** A `$defs` pattern of the schema as a RegExp (what the validator applies). */
export const schemaPattern = (def: string): RegExp => new RegExp(schema.$defs[def].pattern, 'u');
