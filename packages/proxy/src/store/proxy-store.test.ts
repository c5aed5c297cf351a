import { memoryStore } from './memory-store.js';
import { describeStoreContract } from '../test-utils/store-contract.js';

// The store contract on the memory store; the Redis store runs it in @liveframe/proxy-server.
describeStoreContract('memoryStore', () => memoryStore());
