import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What an operator watches, in Prometheus's format at `GET /metrics`: HTTP latency by route,
 * the store's append latency and its errors by kind, how far each read model has read (and
 * whether the log holds more), and the process's own (memory, event loop, CPU).
 */
export class AppMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route (its pattern, not the path asked) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Appends to the event store, from the call to its answer',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly storeErrors = new Counter({
    name: 'event_store_errors_total',
    help: 'Calls to the event store that failed, by kind (the error the adapter gave)',
    labelNames: ['operation', 'kind'] as const,
    registers: [this.registry],
  });

  readonly readModelPosition = new Gauge({
    name: 'read_model_position',
    help: 'The global position of the last event each read model has read',
    labelNames: ['name'] as const,
    registers: [this.registry],
  });

  readonly readModelBehind = new Gauge({
    name: 'read_model_behind',
    help: '1 while the log holds events a read model has not read yet (its lag), else 0',
    labelNames: ['name'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
