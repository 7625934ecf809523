import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { TemporalQuery } from '@app/shared-kernel';

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

export const temporal = (dto: TemporalQueryDto): TemporalQuery => ({ validAt: dto.at, knownAt: dto.knownAt });
