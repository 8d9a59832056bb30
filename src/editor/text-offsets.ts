/**
 * A textarea's value has its line breaks normalised to "\n" ("\r\n" and "\r" become "\n"), so its
 * selection offsets drift from the article's after each "\r\n". This maps them back.
 */
export function textareaToText(text: string): (offset: number) => number {
  if (!text.includes('\r')) return (offset) => offset;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
  }
  map.push(text.length);
  return (offset) => map[Math.max(0, Math.min(offset, map.length - 1))]!;
}

/** The article text as a textarea shows it. */
export const textareaValue = (text: string) => text.replace(/\r\n?/g, '\n');
