/**
 * `@liveframe/proxy/node`: the Node adapter on its own entry, so that the main entry imports no
 * Node built-in and runs unchanged on edge runtimes.
 */
export { createNodeListener } from './adapters/node-listener.js';
export type { NodeListener, NodeListenerOptions } from './adapters/node-listener.js';
