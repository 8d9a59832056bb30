/** The StoryEventList JSON Schema, compiled by a standard JSON Schema validator (Ajv, draft 2020-12). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const root = new URL('../../../../', import.meta.url);
export const storySchema = JSON.parse(readFileSync(new URL('schema/story-event-list.schema.json', root), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(storySchema);

/** Whether `value` is a StoryEventList by the schema. */
export const storySchemaAccepts = (value: unknown): boolean => validate(value) as boolean;

/** The schema's complaints about `value`, as "path message" strings (empty when it is valid). */
export function storySchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
