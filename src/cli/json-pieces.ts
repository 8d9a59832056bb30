/**
 * The JSON text of an object whose values may be long arrays (an EventList), in pieces: joined, they are
 * exactly `JSON.stringify(value, null, indent)`. A list of any size is written without one string holding
 * all of it (a JavaScript string holds at most about 512 million characters).
 */
export function* jsonPieces(value: Record<string, unknown>, indent = 0): Generator<string> {
  const pad = (depth: number) => (indent ? `\n${' '.repeat(indent * depth)}` : '');
  /** JSON of `v` nested at `depth`: its inner lines indented as JSON.stringify would. */
  const nested = (v: unknown, depth: number) => {
    const json = JSON.stringify(v, null, indent || undefined);
    return indent && json ? json.replace(/\n/g, pad(depth)) : json;
  };
  const separator = indent ? ': ' : ':';
  let first = true;
  yield '{';
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON.stringify does
    yield `${first ? '' : ','}${pad(1)}${JSON.stringify(key)}${separator}`;
    first = false;
    if (Array.isArray(v) && v.length) {
      yield '[';
      for (let i = 0; i < v.length; i++) yield `${i ? ',' : ''}${pad(2)}${nested(v[i], 2) ?? 'null'}`;
      yield `${pad(1)}]`;
    } else yield nested(v, 1);
  }
  yield first ? '}' : `${pad(0)}}`;
}
