/**
 * Sentence splitting for news text.
 * Placeholder: splits after . ! ? followed by whitespace. To be replaced by a splitter that survives
 * "U.S.", "Mr.", "Jan.", quotes and datelines; the signature stays.
 */
import type { TextSpan } from './types.js';

/** Sentences of `text` in order, as spans (UTF-16 offsets, end exclusive), trimmed of surrounding space. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    spans.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return spans;
}
