import { Module } from '@nestjs/common';
import { CLOCK, DeciderRunner, EventLog, PersonalData, ReadModelRegistry } from '@app/event-store';
import type { Clock } from '@app/shared-kernel';
import { AccessTokens } from './application/access-tokens';
import { Authenticator } from './application/authenticator';
import { IdentityProvider, type IdentityProviderSettings } from './application/identity-provider';
import { AccessController } from './http/access.controller';
import { PersonsController } from './http/persons.controller';
import { PersonalDataErasure } from './application/personal-data-erasure';

/** The identity provider's settings, provided by the app from its configuration (undefined: API tokens only). */
export const IDENTITY_PROVIDER_SETTINGS = Symbol('IdentityProviderSettings');

/**
 * The access context: API tokens (issued, revoked, listed by the admin), the authenticator every
 * request passes, and the erasure of a person's data.
 */
@Module({
  controllers: [AccessController, PersonsController],
  providers: [
    {
      provide: AccessTokens,
      inject: [DeciderRunner, EventLog, CLOCK, ReadModelRegistry],
      useFactory: (runner: DeciderRunner, log: EventLog, clock: Clock, readModels: ReadModelRegistry) => {
        const tokens = new AccessTokens(runner, log, clock, readModels.kept(AccessTokens.projection, AccessTokens.version));
        readModels.register(tokens.asReadModel());
        return tokens;
      },
    },
    {
      provide: PersonalDataErasure,
      inject: [DeciderRunner, PersonalData, AccessTokens, CLOCK],
      useFactory: (runner: DeciderRunner, personalData: PersonalData, tokens: AccessTokens, clock: Clock) =>
        new PersonalDataErasure(runner, personalData, tokens, clock),
    },
    {
      provide: Authenticator,
      inject: [AccessTokens, IDENTITY_PROVIDER_SETTINGS],
      useFactory: (tokens: AccessTokens, settings: IdentityProviderSettings | undefined) =>
        new Authenticator(tokens, settings ? new IdentityProvider(settings) : undefined),
    },
  ],
  exports: [AccessTokens, Authenticator],
})
export class AccessModule {}
