/** Column headers, shared by the header row and each cell's data label. */
export const VM_COLUMNS = {
  name: 'Name',
  state: 'State',
  os: 'OS',
  vcpus: 'vCPUs',
  memory: 'Memory',
  cpu: 'CPU usage',
} as const;
