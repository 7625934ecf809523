import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { SLUG_PATTERN } from '../domain/governance-terms';
import { TemporalQueryDto } from '@app/http-common';

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
