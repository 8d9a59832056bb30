/**
 * Words that news uses for one kind of happening: "died", "death" and "passed away"; "arrested" and
 * "detained"; "bought" and "acquired". Two reports of one happening often pick different words, so the
 * same-happening test compares these classes, not the words. Only classes with little ambiguity are
 * listed: "fire" (a blaze, a dismissal, a shot) is in none.
 */
import { stem } from './lemma.js';

const CLASSES = `
  die death dead perish succumb
  kill slay murder slaying
  arrest detain apprehend nab custody
  charge indict
  convict guilty
  sentence jail imprison
  acquire buy purchase acquisition takeover
  announce unveil
  introduce launch debut
  earthquake quake tremor temblor
  rock jolt shake rattle
  blaze inferno flames
  explode explosion blast
  shoot shooting gunfire gunman gunshot
  resign resignation
  hire appoint
  sign signing
  win victory triumph
  beat defeat
  escape flee
  crash collide collision
  rescue save
  injure wound hurt
  steal rob robbery theft
  attack assault raid
  release free
  host emcee
  elect election
  vote ballot polls
  cut sever
  recall
`;

/** Stem → its class's key; built on first use (nothing runs when the module is only imported). */
let classOf: Map<string, string> | undefined;

function buildClasses(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of CLASSES.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const key = stem(words[0]!);
    for (const w of words) map.set(stem(w), key);
  }
  return map;
}

/** The key two words of one kind of happening share: a class's first word, or the stem itself. */
export function actionKey(stemmed: string): string {
  classOf ??= buildClasses();
  return classOf.get(stemmed) ?? stemmed;
}
