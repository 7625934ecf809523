import { Conflict, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * The strategy's frame, one stream: vision drafts (arbeidsutkast) and the vision adopted,
 * ambition statements, and the evaluation principles with their check questions.
 */
export interface Principle {
  name: string;
  /** What the principle means, as the documents describe it. */
  description?: string;
  questions: string[];
}

export type VisionEvent =
  | DomainEvent<'VisionDraftProposed', { draftId: string; text: string }>
  | DomainEvent<'VisionAdopted', { text: string; draftId?: string }>
  | DomainEvent<'AmbitionStated', { text: string }>
  | DomainEvent<'PrincipleDefined', Principle>;

export type VisionCommand =
  | { type: 'ProposeVisionDraft'; data: { draftId: string; text: string } }
  | { type: 'AdoptVision'; data: { text: string; draftId?: string } }
  | { type: 'StateAmbition'; data: { text: string } }
  | { type: 'DefinePrinciple'; data: Principle };

export interface VisionState {
  drafts: Record<string, string>;
  vision?: string;
  ambitions: string[];
  principles: Record<string, Omit<Principle, 'name'>>;
}

function decide(command: VisionCommand, state: VisionState): VisionEvent[] {
  switch (command.type) {
    case 'ProposeVisionDraft':
      if (command.data.draftId in state.drafts) throw new Conflict('VISION.DRAFT_EXISTS', `Draft ${command.data.draftId} exists`);
      return [{ type: 'VisionDraftProposed', data: command.data }];
    case 'AdoptVision':
      if (command.data.draftId && !(command.data.draftId in state.drafts)) {
        throw new ValidationFailed('VISION.UNKNOWN_DRAFT', `No draft ${command.data.draftId}`, 'draftId');
      }
      if (state.vision === command.data.text) return nothingToRecord();
      return [{ type: 'VisionAdopted', data: command.data }];
    case 'StateAmbition':
      if (state.ambitions.includes(command.data.text)) return nothingToRecord();
      return [{ type: 'AmbitionStated', data: command.data }];
    case 'DefinePrinciple':
      if (command.data.name in state.principles)
        throw new Conflict('PRINCIPLE.EXISTS', `Principle ${command.data.name} is already defined`);
      return [{ type: 'PrincipleDefined', data: command.data }];
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: VisionState, event: VisionEvent): VisionState {
  switch (event.type) {
    case 'VisionDraftProposed':
      return { ...state, drafts: { ...state.drafts, [event.data.draftId]: event.data.text } };
    case 'VisionAdopted':
      return { ...state, vision: event.data.text };
    case 'AmbitionStated':
      return { ...state, ambitions: [...state.ambitions, event.data.text] };
    case 'PrincipleDefined':
      return {
        ...state,
        principles: {
          ...state.principles,
          [event.data.name]: {
            ...(event.data.description ? { description: event.data.description } : {}),
            questions: event.data.questions,
          },
        },
      };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const visionDecider: Decider<VisionCommand, VisionEvent, VisionState> = {
  initialState: () => ({ drafts: {}, ambitions: [], principles: {} }),
  evolve,
  decide,
};
