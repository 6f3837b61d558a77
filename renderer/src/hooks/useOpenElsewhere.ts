/**
 * Whether another tab of this browser has the same project open. In browser mode every tab talks
 * to the one local server, which holds the department file's lock for all of them, so the tabs
 * tell each other over a BroadcastChannel which project each has open. What keeps one tab from
 * overwriting another is the revision every save names (a stale save is refused); this notice
 * tells the clerk before it comes to that.
 */
import { useEffect } from 'react';
import { create } from 'zustand';

interface Message {
  tab: string;
  /** `opened` asks the tabs with the same project to answer `here`. */
  kind: 'opened' | 'here' | 'closed';
  project: string | null;
}

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('jixiao.open-projects') : null;
const thisTab = crypto.randomUUID();
let mine: string | null = null;

/** The other tabs known to have this tab's project open. */
const useOthers = create<{ tabs: string[] }>()(() => ({ tabs: [] }));

const post = (kind: Message['kind'], project: string | null) => channel?.postMessage({ tab: thisTab, kind, project } satisfies Message);

channel?.addEventListener('message', ({ data }: MessageEvent<Message>) => {
  const { tabs } = useOthers.getState();
  const others = tabs.filter((t) => t !== data.tab);
  if (data.kind === 'closed' || mine === null || data.project !== mine) {
    useOthers.setState({ tabs: others });
    return;
  }
  useOthers.setState({ tabs: [...others, data.tab] });
  if (data.kind === 'opened') post('here', mine);
});

function announce(project: string | null): void {
  mine = project;
  useOthers.setState({ tabs: [] });
  post(project === null ? 'closed' : 'opened', project);
}

window.addEventListener('pagehide', () => post('closed', null));
window.addEventListener('pageshow', (event) => {
  if (event.persisted) announce(mine);
});

/** Announces the project this tab shows, and tells whether another tab shows it too. */
export function useOpenElsewhere(departmentFile: string | null, id: number | null): boolean {
  const project = departmentFile !== null && id !== null ? JSON.stringify([departmentFile, id]) : null;
  useEffect(() => {
    announce(project);
    return () => announce(null);
  }, [project]);
  return useOthers((s) => s.tabs.length > 0);
}
