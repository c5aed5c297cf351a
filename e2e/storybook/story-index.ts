import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReasonCode } from '@liveframe/core';
import { isReasonCode } from '@liveframe/core';

/** An entry of Storybook's `index.json`: a story or a docs page. */
export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** The entries of a static Storybook's `index.json`, stories and docs pages. */
export async function readStoryIndex(dir: string): Promise<IndexEntry[]> {
  const json = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(json.entries);
}

/** Stories of one reason code each live under this title (`LivenessCapture/Reasons`). */
export const REASON_STORIES_PREFIX = 'livenesscapture-reasons--';

/**
 * The reason code a reason story shows, read from its id: the story is named with the code in
 * words (`Too dark`), so its id ends with it (`...--too-dark` -> `TOO_DARK`). `null` for other
 * stories; throws when a reason story's name is not a reason code.
 */
export function reasonOfStory(id: string): ReasonCode | null {
  if (!id.startsWith(REASON_STORIES_PREFIX)) return null;
  const code = id.slice(REASON_STORIES_PREFIX.length).toUpperCase().replaceAll('-', '_');
  if (!isReasonCode(code)) {
    throw new Error(`Story ${id} is a reason story but ${code} is not a reason code.`);
  }
  return code;
}
