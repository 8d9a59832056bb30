// Random edits to a generated JSON document (delete, replace or add a member anywhere in it), shared by the
// tests that check a hand-written validator against its JSON Schema on valid lists broken at random.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };

/** Values that fit no field: JSON of every kind. */
export const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, '', 'x', [], {}, ['a'], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Every object and array inside `value` (itself included), for edits to pick from. */
function containers(value: Json, out: (Obj | Json[])[] = []): (Obj | Json[])[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

export interface JsonEdit {
  at: number;
  key: number;
  kind: string;
  value: Json;
  name: string;
}

/** An edit: pick a container by a number, then delete, replace or add a member (its value from `values`). */
export const jsonEdit = (values: fc.Arbitrary<Json>): fc.Arbitrary<JsonEdit> =>
  fc.record({
    at: fc.nat(),
    key: fc.nat(),
    kind: fc.constantFrom('delete', 'replace', 'add'),
    value: values,
    name: fc.constantFrom('extra', 'colour', 'text', 'id', '__proto__'),
  });

export function applyEdit(list: Json, e: JsonEdit): void {
  const all = containers(list);
  const target = all[e.at % all.length]!;
  const keys = Object.keys(target);
  if (e.kind === 'add' || keys.length === 0) {
    Object.defineProperty(target, Array.isArray(target) ? String(target.length) : e.name, {
      value: e.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return;
  }
  const key = keys[e.key % keys.length]!;
  if (e.kind === 'delete' && !Array.isArray(target)) delete target[key];
  else (target as Obj)[key] = e.value;
}
