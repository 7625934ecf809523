/**
 * The EventStoreDB (KurrentDB) adapter, apart from the package's index: the embedded store, the
 * default, does not load its gRPC client (`createEventStore` requires it when it is configured).
 */
export { EventStoreDbEventStore } from './adapters/eventstoredb/eventstoredb-event-store';
