import { pinyin } from 'pinyin-pro';

/** Pinyin initials of a name, for finding `节能监察` by typing `jnjc`; letters and digits stay. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
