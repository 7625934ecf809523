import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '../domain/governance-terms';
import { IsBusinessDate, IsBusinessTime, IsSlug, OptionalText, ProvenanceDto, RequiredText, SourcedDto } from '@app/http-common';

export class EstablishBodyDto extends SourcedDto {
  @ApiProperty({ example: 'nehs', description: 'Lower-case id, letters, digits and dashes' })
  @IsSlug()
  @MaxLength(60)
  bodyId!: string;

  @ApiProperty({ example: 'Nasjonalt e-helsestyre' })
  @RequiredText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'NEHS' })
  @OptionalText(20)
  shortName?: string;

  @ApiProperty({ example: '2021-01-01', description: 'When the body took this form' })
  @IsBusinessTime()
  effectiveAt!: string;
}

export class RenameBodyDto extends SourcedDto {
  @ApiProperty({ example: 'Nasjonalt e-helseråd' })
  @RequiredText(200)
  name!: string;

  @ApiProperty({ example: '2022-01-01', description: 'When the new name takes effect' })
  @IsBusinessTime()
  effectiveAt!: string;

  @ApiPropertyOptional({ example: 'Sak 26/21: foreslått endret til et primært rådgivende organ' })
  @OptionalText(2000)
  reason?: string;
}

export class AppointMemberDto extends ProvenanceDto {
  @ApiPropertyOptional({ example: 'inger-cathrine-bryne', description: 'Defaults to the name as a slug' })
  @IsOptional()
  @IsSlug()
  memberId?: string;

  @ApiProperty({ example: 'Inger Cathrine Bryne' })
  @RequiredText(200)
  name!: string;

  @ApiProperty({ example: 'Helse Vest RHF' })
  @RequiredText(200)
  organisation!: string;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'member' })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;

  @ApiPropertyOptional({ example: 'Administrerende direktør' })
  @OptionalText(200)
  title?: string;

  @ApiProperty({ example: '2021-09-22' })
  @IsBusinessDate()
  appointedOn!: string;
}

export class MemberLeavingDto extends ProvenanceDto {
  @ApiProperty({ example: '2021-09-22' })
  @IsBusinessDate()
  leftOn!: string;

  @ApiPropertyOptional({ example: 'Endringer i representanter, møte 4/21' })
  @OptionalText(2000)
  reason?: string;
}
