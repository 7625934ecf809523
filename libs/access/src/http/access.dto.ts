import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsSlug, RequiredText } from '@app/http-common';
import { ROLES, type Role } from '@app/shared-kernel';

export class IssueTokenDto {
  @ApiProperty({ example: 'Kari Nordmann', description: 'The holder: recorded as the actor of what the token writes' })
  @RequiredText(200)
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'secretariat' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: 'nehs', description: 'For the member role: the body the member sits in' })
  @IsOptional()
  @IsSlug()
  bodyId?: string;

  @ApiPropertyOptional({ example: 'inger-cathrine-bryne', description: 'For the member role: the member id in that body' })
  @IsOptional()
  @IsSlug()
  memberId?: string;
}

export class RevokeTokenDto {
  @ApiProperty({ example: 'Left the secretariat' })
  @RequiredText(2000)
  reason!: string;
}
