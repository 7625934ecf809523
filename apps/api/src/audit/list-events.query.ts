import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class ListEventsQuery {
  @ApiPropertyOptional({ description: 'Only events of this stream', example: 'sak-nehs-2021-40' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  stream?: string;

  @ApiPropertyOptional({ description: 'Only events of this type', example: 'DecisionAdopted' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  type?: string;

  @ApiPropertyOptional({
    description: 'Global position to continue after (exclusive); pass the `next` of the previous page. Omit to start at the beginning.',
    example: '0',
  })
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'from must be a global position (a non-negative integer)' })
  from?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
