import type { Schemas } from '@verkosto/client';
import { createContext, useContext } from 'react';

type Network = Schemas['Network'];

/** The networks (all of them, however many pages) and the one the pages show. */
export interface NetworkChoice {
  networks: readonly Network[];
  current: Network | undefined;
  select: (networkId: string) => void;
  /** Reads the networks again (after one is created or edited), then selects `networkId`. */
  reload: (networkId?: string) => Promise<void>;
}

export const NetworkContext = createContext<NetworkChoice>({
  networks: [],
  current: undefined,
  select: () => {},
  reload: async () => {},
});

export const useNetworks = () => useContext(NetworkContext);

const STORAGE_KEY = 'verkosto.network';

/** The network chosen last in this browser, if it still exists; else the first. */
export function pickNetwork(networks: readonly Network[], wanted = readStored()) {
  return networks.find((n) => n.id === wanted) ?? networks[0];
}

export function storeNetwork(networkId: string) {
  try {
    localStorage.setItem(STORAGE_KEY, networkId);
  } catch {
    // Storage may be off (private mode): the choice then lasts until the page reloads.
  }
}

function readStored(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
