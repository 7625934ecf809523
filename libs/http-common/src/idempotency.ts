import { SetMetadata } from '@nestjs/common';

export const ONE_TIME_ANSWER = 'governance-log:one-time-answer';

/**
 * Marks a write whose answer cannot be given twice (a new token's secret, shown once): it
 * refuses an `Idempotency-Key`, since a retry could not be answered as the first request was.
 */
export const OneTimeAnswer = () => SetMetadata(ONE_TIME_ANSWER, true);
