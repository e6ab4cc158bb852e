/** The demo host: an in-memory libvirt host, the app's default connection. */
export { createDemoDriver } from './demo-driver';
export { DemoHostServer } from './demo-connection';
export { DEFAULT_TIMINGS, demoOptionsFromEnv } from './options';
export type { DemoOptions, DemoTimings } from './options';
