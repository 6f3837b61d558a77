import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useProjects } from '../stores/projects';

export interface Suggestion {
  name: string;
  level2: string;
  value: string;
  uses: number;
}

/** Library names matching what is being typed, asked for once typing pauses. */
export function useLibrarySuggestions(query: string | null, level2: string): Suggestion[] {
  const departmentFile = useProjects((s) => s.departmentFile);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    const text = query?.trim() ?? '';
    if (!departmentFile || text === '') {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api
        .searchLibrary({ departmentFile, query: text, level2, limit: 8 })
        .then((found) => current && setSuggestions(found.filter((s) => s.name !== text)))
        .catch(() => current && setSuggestions([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [departmentFile, query, level2]);
  return suggestions;
}
