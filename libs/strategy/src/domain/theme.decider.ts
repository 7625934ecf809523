import { Conflict, NotFound, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';

/** A strategic theme (AKTIV MEDVIRKNING, ...), which goals are grouped under. */
export type ThemeEvent =
  | DomainEvent<'ThemeDefined', { themeCode: string; name: string; subtitle?: string }>
  | DomainEvent<'ThemeRenamed', { themeCode: string; name: string; previousName: string }>
  | DomainEvent<'ThemeRetired', { themeCode: string }>;

export type ThemeCommand =
  | { type: 'DefineTheme'; data: { themeCode: string; name: string; subtitle?: string } }
  | { type: 'RenameTheme'; data: { name: string } }
  | { type: 'RetireTheme' };

export type ThemeState = { status: 'none' } | { status: 'active' | 'retired'; themeCode: string; name: string; subtitle?: string };

function decide(command: ThemeCommand, state: ThemeState): ThemeEvent[] {
  if (command.type === 'DefineTheme') {
    if (state.status !== 'none') throw new Conflict('THEME.EXISTS', `Theme ${state.themeCode} is already defined`);
    return [{ type: 'ThemeDefined', data: command.data }];
  }
  if (state.status === 'none') throw new NotFound('THEME.NOT_FOUND', 'No such theme');
  if (state.status === 'retired') throw new Conflict('THEME.RETIRED', `Theme ${state.themeCode} is retired`);
  switch (command.type) {
    case 'RenameTheme':
      if (command.data.name === state.name) return nothingToRecord();
      return [{ type: 'ThemeRenamed', data: { themeCode: state.themeCode, name: command.data.name, previousName: state.name } }];
    case 'RetireTheme':
      return [{ type: 'ThemeRetired', data: { themeCode: state.themeCode } }];
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: ThemeState, event: ThemeEvent): ThemeState {
  switch (event.type) {
    case 'ThemeDefined':
      return { status: 'active', ...event.data };
    case 'ThemeRenamed':
      return state.status === 'none' ? state : { ...state, name: event.data.name };
    case 'ThemeRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const themeDecider: Decider<ThemeCommand, ThemeEvent, ThemeState> = { initialState: () => ({ status: 'none' }), evolve, decide };
