import { Injectable } from '@nestjs/common';

/** Where a start stands, for readiness: importing the recorded history, or not (then the read models say). */
@Injectable()
export class StartupPhase {
  importing = false;
}
