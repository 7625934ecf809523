import { EventTypes, type DomainEvent } from '@app/shared-kernel';
import type { LogCheckpoint } from './log-chain';

export type AuditEvent = DomainEvent<'LogCheckpointSigned', LogCheckpoint>;

/** The log's own events about itself: the signed checkpoints (see log-chain.ts). */
export const auditEvents = EventTypes.define<AuditEvent>({ LogCheckpointSigned: 1 });
