import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { SLUG_PATTERN } from '../domain/governance-terms';

/** `?at=` (valid time) and `?knownAt=` (transaction time), checked by the temporal fold itself. */
export class TemporalQueryDto {
  @ApiPropertyOptional({ description: 'The date to see things as they were on (whole day included)', example: '2022-02-04' })
  @IsOptional()
  @IsString()
  at?: string;

  @ApiPropertyOptional({ description: 'See only what had been recorded by this instant', example: '2026-11-25T12:00:00Z' })
  @IsOptional()
  @IsString()
  knownAt?: string;
}

/** Lists filtered by body and year, at a date. */
export class BodyYearQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ example: 'nehs' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'body must be a body id' })
  body?: string;

  @ApiPropertyOptional({ example: '2022' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'year must be a four-digit year' })
  year?: string;
}
