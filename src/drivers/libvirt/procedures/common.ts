/** Everything a procedure table needs, in one import. */
export * from '../xdr/codec';
export * from '../protocol/types';
export { fixed, flags, procedure } from '../protocol/procedure';
