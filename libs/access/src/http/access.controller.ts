import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RECORDING_CONTEXT, type CommandResult, type RecordingContextSource } from '@app/event-store';
import { Allow, OneTimeAnswer, VIEWER, type ViewerSource } from '@app/http-common';
import { ValidationFailed, type Principal } from '@app/shared-kernel';
import { AccessTokens, type AccessTokenView } from '../application/access-tokens';
import { IssueTokenDto, RevokeTokenDto } from './access.dto';

/** An issued token's answer: the write, the token itself (shown this once) and what is kept of it. */
export type TokenIssued = CommandResult & AccessTokenView & { token: string };

/** A revoked token's answer: the write and what is kept of the token now. */
export type TokenRevoked = CommandResult & AccessTokenView;

/** Who `GET /access/me` says the caller is without a token. */
export interface ThePublic {
  public: true;
  roles: [];
}

@ApiTags('access')
@Controller('access')
export class AccessController {
  constructor(
    private readonly tokens: AccessTokens,
    @Inject(RECORDING_CONTEXT) private readonly recording: RecordingContextSource,
    @Inject(VIEWER) private readonly viewers: ViewerSource,
  ) {}

  @Post('tokens')
  @Allow('admin')
  @OneTimeAnswer()
  @ApiOperation({ summary: 'Issue an API token (shown once, in this answer; only its hash is kept)' })
  @ApiCreatedResponse({ description: 'Issued: the token is in this answer, and never shown again' })
  async issue(@Body() dto: IssueTokenDto): Promise<TokenIssued> {
    if ((dto.bodyId === undefined) !== (dto.memberId === undefined))
      throw new ValidationFailed(
        'ACCESS.MEMBER_INCOMPLETE',
        'Give both bodyId and memberId, or neither',
        dto.bodyId ? 'memberId' : 'bodyId',
      );
    const member = dto.bodyId && dto.memberId ? { bodyId: dto.bodyId, memberId: dto.memberId } : undefined;
    const { token, view, result } = await this.tokens.issue(
      { holder: dto.name, role: dto.role, ...(member ? { member } : {}) },
      this.recording.recording(),
    );
    return { ...result, token, ...view };
  }

  @Get('tokens')
  @Allow('admin')
  @ApiOperation({ summary: 'Who holds tokens, with what role, issued and revoked by whom (never the tokens)' })
  list() {
    return this.tokens.list();
  }

  @Post('tokens/:tokenId/revocation')
  @Allow('admin')
  @ApiOperation({ summary: 'Revoke a token; it is refused from then on' })
  async revoke(@Param('tokenId') tokenId: string, @Body() dto: RevokeTokenDto): Promise<TokenRevoked> {
    const { view, result } = await this.tokens.revoke(tokenId, dto.reason, this.recording.recording());
    return { ...result, ...view };
  }

  @Get('me')
  @Allow('public')
  @ApiOperation({ summary: 'Who the bearer token proves (or that the caller is the public)' })
  me(): Principal | ThePublic {
    return this.viewers.viewer() ?? { public: true, roles: [] };
  }
}
