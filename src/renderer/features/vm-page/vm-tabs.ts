/**
 * The tabs of a VM's page, in order, as the address names them. New VM-level views
 * (settings, snapshots, XML, performance) become tabs here.
 */
export const VM_TABS = ['overview', 'hardware', 'console', 'display'] as const;
export type VmTab = (typeof VM_TABS)[number];

export const VM_TAB_TITLES: Record<VmTab, string> = {
  overview: 'Overview',
  hardware: 'Hardware',
  console: 'Serial console',
  display: 'Display',
};

export function isVmTab(text: string | undefined): text is VmTab {
  return VM_TABS.some((tab) => tab === text);
}
