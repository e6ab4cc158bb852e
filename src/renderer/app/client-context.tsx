import { createContext, use, type ReactNode } from 'react';
import type { ContractClient } from '../../shared/ipc/client';

const ClientContext = createContext<ContractClient | null>(null);

export function ClientProvider({
  client,
  children,
}: {
  client: ContractClient;
  children: ReactNode;
}) {
  return <ClientContext value={client}>{children}</ClientContext>;
}

/** The typed contract client of the running app (a fake one in tests). */
export function useClient(): ContractClient {
  const client = use(ClientContext);
  if (!client) throw new Error('useClient needs a ClientProvider above it');
  return client;
}
