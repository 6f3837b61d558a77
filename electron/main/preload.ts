/** The renderer's one door to the services: `window.jixiao.call(method, args)` over one IPC channel. */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNEL } from './security';

contextBridge.exposeInMainWorld('jixiao', {
  call: (method: string, args: unknown) => ipcRenderer.invoke(BRIDGE_CHANNEL, method, args),
});
