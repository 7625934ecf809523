/**
 * The API's OpenAPI document as types, for the web app's client (openapi-fetch): made by
 * `npm run openapi:client` from the document the app serves at /api/docs-json. Do not edit.
 */

export interface paths {
  '/access/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who holds tokens, with what role, issued and revoked by whom (never the tokens) */
    get: operations['AccessController_list'];
    put?: never;
    /** Issue an API token (shown once, in this answer; only its hash is kept) */
    post: operations['AccessController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/access/tokens/{tokenId}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a token; it is refused from then on */
    post: operations['AccessController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/access/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the bearer token proves (or that the caller is the public) */
    get: operations['AccessController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The person ids a name may be held under (members are member:<bodyId>:<memberId>); writes nothing */
    post: operations['PersonsController_lookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether personal data of this person is held, or has been erased */
    get: operations['PersonsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{personId}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a person’s data: reads show "slettet" where it was; the log is untouched and still verifies */
    post: operations['PersonsController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The store is reachable */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process answers (no dependency checked) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read models caught up since start and the store reachable; each read model’s position */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics for Prometheus: HTTP latency by route, append latency, store errors by kind, read model lag */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The raw event log, paged in global order (newest last), optionally by stream and type */
    get: operations['EventsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the log: every stream’s hash chain, the chain over the whole log, the signed checkpoints
     * @description ok=false names the first problem and the event it is found at: an event whose data or metadata does not match its hashes, an event deleted, inserted, moved or rewritten since the log was last verified, a log shorter than before or than a checkpoint covers. Runs in slices that let other requests through; concurrent calls share one run.
     */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed checkpoints of the log head, oldest first: keep them to verify an export offline */
    get: operations['AuditController_checkpoints'];
    put?: never;
    /** Sign a checkpoint of the log head now (201), or get the latest when only checkpoints were recorded since (200) */
    post: operations['AuditController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/checkpoints/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The newest signed checkpoint (save it as the file `npm run verify -- --checkpoint` reads) */
    get: operations['AuditController_latest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/signing-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public key checkpoints are signed with (PEM): keep it to pin with `npm run verify -- --public-key` */
    get: operations['AuditController_signingKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The registered source documents, by date */
    get: operations['SourcesController_documents'];
    put?: never;
    /** Register a source document (title, kind, date, issuer, SHA-256 of the file); writes cite it by id */
    post: operations['SourcesController_registerDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One source document */
    get: operations['SourcesController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/source-conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every recorded disagreement between sources (as known at ?knownAt=) */
    get: operations['SourcesController_conflicts'];
    put?: never;
    /** Record that sources disagree about a value, with each reading and where it stands */
    post: operations['SourcesController_recordConflict'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bodies as on a date: name, members and observers */
    get: operations['BodiesController_list'];
    put?: never;
    /** Establish a body (Nasjonalt e-helsestyre, NUIT, NUFA) */
    post: operations['BodiesController_establish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bodies/{bodyId}/renamings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename a body from a date (e-helsestyre -> e-helseråd) */
    post: operations['BodiesController_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bodies/{bodyId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Appoint a member or observer */
    post: operations['BodiesController_appoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bodies/{bodyId}/members/{memberId}/departure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a member or observer left */
    post: operations['BodiesController_leave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bodies/{bodyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A body as on a date: its name then, its names so far, members and observers then */
    get: operations['BodiesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Meetings as on a date, oldest first */
    get: operations['MeetingsController_list'];
    put?: never;
    /** Schedule a meeting (møte), numbered per body and year */
    post: operations['MeetingsController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the meeting was held */
    post: operations['MeetingsController_held'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned meeting, with a reason */
    post: operations['MeetingsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record who was present and who sent apologies */
    post: operations['MeetingsController_attendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/next-meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the dates of coming meetings announced at this one */
    post: operations['MeetingsController_nextMeetings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/minutes/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the referat before it is approved (an approved referat is public anyway) */
    post: operations['MeetingsController_publishMinutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting: agenda in order, saker with proposals and vedtak, presenters, attendance */
    get: operations['MeetingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{meetingId}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The referat, generated from the log, in Norwegian */
    get: operations['MeetingsController_minutes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put a sak on a meeting’s agenda; its number is unique per body and year (409 if taken) */
    post: operations['SakerController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an attachment (Vedlegg 1, 1A...) */
    post: operations['SakerController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Name a person in a role on the sak: presenterer, fra or saksbehandler, as a document gives it */
    post: operations['SakerController_assignRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/continuations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Continue the sak later in the same meeting ("2/22 forts.") */
    post: operations['SakerController_continueSak'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the forslag til vedtak (proposed decision) */
    post: operations['SakerController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/vedtak': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the vedtak (the decision adopted); its wording may differ from the proposal */
    post: operations['SakerController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/vedtak/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a vedtak: a new event with a reason; the original stays in the log and the register */
    post: operations['SakerController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/minutes-approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that this sak approves the referat of an earlier meeting */
    post: operations['SakerController_approveMinutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the sak with the innkalling, or publish it: the public sees what is published (never backwards) */
    post: operations['SakerController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/vedtak/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the vedtak before the referat that records it is approved */
    post: operations['SakerController_publishVedtak'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/exemptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exempt the sak, a field or an attachment from the public on a legal basis (offentleglova § 14, § 15, § 24...) */
    post: operations['SakerController_exempt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}/exemptions/{exemptionId}/lifting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift an exemption, with the reason; what it withheld is public again if published */
    post: operations['SakerController_lift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/saker/{sakId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sak as on a date: proposal, vedtak, corrections */
    get: operations['SakerController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The vedtak register: sak, meeting date, title, sakstype, proposal, vedtak, whether they differ, corrections */
    get: operations['SakerController_decisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The strategy as on a date: vision, principles, themes with goals, prioritised goals, change areas, funnel counts */
    get: operations['StrategyReadsController_strategy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Goals added, removed, reworded, renumbered, moved, merged, split, (de)prioritised between two dates */
    get: operations['StrategyReadsController_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy/vision/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose a working draft of the vision (arbeidsutkast) */
    post: operations['StrategyFrameController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy/vision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adopt the vision (name the deciding sak in decidedIn) */
    post: operations['StrategyFrameController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy/ambitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** State an ambition for the strategy */
    post: operations['StrategyFrameController_ambition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/strategy/principles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Define an evaluation principle with its check questions */
    post: operations['StrategyFrameController_principle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/themes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Define a strategic theme */
    post: operations['StrategyFrameController_defineTheme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/themes/{themeCode}/renamings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename a theme */
    post: operations['StrategyFrameController_renameTheme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/themes/{themeCode}/retirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a theme */
    post: operations['StrategyFrameController_retireTheme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workshops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a workshop (arbeidsmøte) */
    post: operations['PipelineController_workshop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workshops/{workshopId}/inputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register inputs (innspill), one or hundreds at once */
    post: operations['PipelineController_inputs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workshops/{workshopId}/input-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record inputs known only by their number ("400 innspill") */
    post: operations['PipelineController_inputCount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/change-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Identify a change area (endringsområde) with its Fra.. and Til.. texts */
    post: operations['PipelineController_changeArea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/change-areas/{changeAreaId}/inputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge inputs into the change area */
    post: operations['PipelineController_mergeInputs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/change-areas/{changeAreaId}/workshop-inputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the change area was formed from a workshop’s inputs known only by number */
    post: operations['PipelineController_mergeWorkshopInputs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/change-areas/{changeAreaId}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge the change area into another */
    post: operations['PipelineController_mergeArea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/change-areas/{changeAreaId}/lineage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A change area’s lineage: down to the goals it led to (default), or up to its inputs */
    get: operations['PipelineLineageController_changeArea'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workshops/{workshopId}/lineage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a workshop’s inputs went: the change areas formed from them and the goals they led to */
    get: operations['PipelineLineageController_workshop'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a goal from change areas, or derived from other goals */
    post: operations['GoalsController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/rewordings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reword a goal; the old wording stays in the log */
    post: operations['GoalsController_reword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/renumberings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a goal another number (3.3 <-> 3.4) */
    post: operations['GoalsController_renumber'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a goal to another theme */
    post: operations['GoalsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/description': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Describe a goal: description, "Hvor er vi?", "Hvor skal vi?" */
    post: operations['GoalsController_describe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/prioritisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prioritise a goal */
    post: operations['GoalsController_prioritise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/deprioritisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a goal out of the prioritised ones */
    post: operations['GoalsController_deprioritise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a goal into another (one call per merged goal) */
    post: operations['GoalsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Split a goal into goals drafted as derived from it */
    post: operations['GoalsController_split'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/retirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a goal, with a reason */
    post: operations['GoalsController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/dependencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a goal depends on another */
    post: operations['GoalsController_dependency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a measure (tiltak), numbered under the goal */
    post: operations['GoalsController_measure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/linked-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link an existing portfolio or roadmap item */
    post: operations['GoalsController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/kpis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Define a KPI for the goal */
    post: operations['GoalsController_kpi'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A goal as on a date */
    get: operations['GoalsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event that touched the goal, with actor, dates, source and deciding sak */
    get: operations['GoalsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/goals/{goalId}/lineage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The goal’s lineage: up to the inputs it comes from, or down to the goals it became */
    get: operations['GoalsController_lineage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/prioritisation-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a round: votes per member per theme, and the goals in it */
    post: operations['RoundsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/prioritisation-rounds/{roundId}/votes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a member’s votes */
    post: operations['RoundsController_vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/prioritisation-rounds/{roundId}/closing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the round and fix the tally */
    post: operations['RoundsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/prioritisation-rounds/{roundId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocation, votes and tally per goal and theme */
    get: operations['RoundsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a Riksrevisjonen report (and the sak where it was presented) */
    post: operations['FindingsController_registerReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a graded finding of a report */
    post: operations['FindingsController_recordFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{findingId}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a finding to saker, goals or measures (404 naming any that does not exist) */
    post: operations['FindingsController_linkFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a follow-up assignment and the findings it answers */
    post: operations['FindingsController_giveAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assignments/{assignmentId}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link an assignment to saker, goals or measures */
    post: operations['FindingsController_linkAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assignments/{assignmentId}/status-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report an assignment’s status (not started, in progress, done, dropped) */
    post: operations['FindingsController_reportStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The follow-up report: per finding, assignments and their latest status, links; findings without follow-up; overdue assignments */
    get: operations['FindingsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{findingId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event about a finding and the assignments that answer it */
    get: operations['FindingsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    IssueTokenDto: {
      /**
       * @description The holder: recorded as the actor of what the token writes
       * @example Kari Nordmann
       */
      name: string;
      /**
       * @example secretariat
       * @enum {string}
       */
      role: 'secretariat' | 'member' | 'auditor' | 'admin';
      /**
       * @description For the member role: the body the member sits in
       * @example nehs
       */
      bodyId?: string;
      /**
       * @description For the member role: the member id in that body
       * @example inger-cathrine-bryne
       */
      memberId?: string;
    };
    RevokeTokenDto: {
      /** @example Left the secretariat */
      reason: string;
    };
    PersonLookupDto: {
      /** @example Karl S Vestli */
      name: string;
    };
    ErasureDto: {
      /** @example Krav om sletting etter personvernforordningen art. 17, mottatt 2026-11-20 */
      reason: string;
    };
    DocumentDto: {
      /** @example nehs-2022-1-saksdokument */
      documentId: string;
      /** @example Saksdokument møte 1/22 (innkalling og saksframlegg) */
      title: string;
      /**
       * @example saksdokument
       * @enum {string}
       */
      kind: 'innkalling' | 'saksdokument' | 'presentasjon' | 'vedlegg' | 'referat' | 'rapport';
      /**
       * Format: date
       * @description The document’s date: facts taken from it are known from then on
       * @example 2022-02-04
       */
      date: string;
      /**
       * @description Whether the document states its date
       * @example interpreted
       * @enum {string}
       */
      dateBasis: 'stated' | 'interpreted';
      /** @example Undated; written for the meeting of 4 February 2022. */
      dateNote?: string;
      /** @example Direktoratet for e-helse */
      issuer: string;
      /**
       * @description SHA-256 (hex) of the document file
       * @example 0cb6471d96b8a903a9cccf3c9ce1fcb9f37cf05c6e20128da7f3381cefedd22f
       */
      sha256: string;
    };
    SourceDto: {
      /**
       * @description A registered source document (GET /documents)
       * @example nehs-2022-1-saksdokument
       */
      document: string;
      /** @example side 1, Sak 1/22 */
      locator?: string;
      /**
       * @description `stated`: the document says it; `interpreted`: the recorder inferred it
       * @example stated
       * @enum {string}
       */
      basis: 'stated' | 'interpreted';
      /**
       * @description How the recorder read the document: required when `basis` is `interpreted`
       * @example The meeting number is not stated; 3/21 is inferred from møte 4/21 being the next.
       */
      note?: string;
      /**
       * @description For the secretariat and auditors only: never shown to the public, nor in the referat or reports
       * @example Sjekket mot lydopptaket; ordlyden i referatet er forkortet.
       */
      internalNote?: string;
      /**
       * @description The document’s own words stating the fact
       * @example Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.
       */
      quote?: string;
    };
    ReadingDto: {
      /** @example 11:20 */
      value: string;
      /** @example nehs-2022-1-presentasjon */
      document: string;
      /** @example Agenda */
      locator?: string;
      /** @example Lunsj 11:20 */
      quote?: string;
    };
    SourceConflictDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /** @example mote-1-22-lunsj */
      conflictId: string;
      /**
       * @description The id of the meeting, sak, goal, finding... the value belongs to
       * @example nehs-2022-1
       */
      about: string;
      /** @example lunchStart */
      field: string;
      readings: components['schemas']['ReadingDto'][];
      /** @example The slides and the saksdokument give different times for the lunch break. */
      note?: string;
    };
    EstablishBodyDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description Lower-case id, letters, digits and dashes
       * @example nehs
       */
      bodyId: string;
      /** @example Nasjonalt e-helsestyre */
      name: string;
      /** @example NEHS */
      shortName?: string;
      /**
       * @description When the body took this form
       * @example 2021-01-01
       */
      effectiveAt: string;
    };
    RenameBodyDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /** @example Nasjonalt e-helseråd */
      name: string;
      /**
       * @description When the new name takes effect
       * @example 2022-01-01
       */
      effectiveAt: string;
      /** @example Sak 26/21: foreslått endret til et primært rådgivende organ */
      reason?: string;
    };
    AppointMemberDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description Defaults to the name as a slug
       * @example inger-cathrine-bryne
       */
      memberId?: string;
      /** @example Inger Cathrine Bryne */
      name: string;
      /** @example Helse Vest RHF */
      organisation: string;
      /**
       * @example member
       * @enum {string}
       */
      role: 'member' | 'observer';
      /** @example Administrerende direktør */
      title?: string;
      /**
       * Format: date
       * @example 2021-09-22
       */
      appointedOn: string;
    };
    MemberLeavingDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * Format: date
       * @example 2021-09-22
       */
      leftOn: string;
      /** @example Endringer i representanter, møte 4/21 */
      reason?: string;
    };
    ScheduleMeetingDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example nehs */
      bodyId: string;
      /**
       * @description Meeting number per body and year
       * @example 1/22
       */
      number: string;
      /**
       * Format: date
       * @example 2022-02-04
       */
      date: string;
      /** @example 10:30 */
      startTime?: string;
      /** @example 13:00 */
      endTime?: string;
      /** @example Videomøte */
      place?: string;
      /**
       * @default ordinary
       * @example extra
       * @enum {string}
       */
      kind: 'ordinary' | 'extra';
    };
    ProvenanceDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
    };
    CancelMeetingDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Utsatt til 30. mars */
      reason: string;
    };
    AttendanceDto: {
      /** @example ivar-halvorsen */
      memberId: string;
      /** @example true */
      present: boolean;
    };
    RecordAttendanceDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      attendance: components['schemas']['AttendanceDto'][];
    };
    AnnouncedMeetingDto: {
      /**
       * Format: date
       * @example 2022-03-30
       */
      date: string;
      /**
       * @description When another body meets
       * @example nufa
       */
      bodyId?: string;
      /** @example Ekstraordinært møte: forslag til ny e-helsestrategi */
      note?: string;
    };
    AnnounceNextMeetingsDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      meetings: components['schemas']['AnnouncedMeetingDto'][];
    };
    PresenterDto: {
      /** @example Karl Vestli */
      name: string;
      /** @example Direktoratet for e-helse */
      organisation?: string;
    };
    AttachmentDto: {
      /** @example Vedlegg 1A */
      name: string;
      /** @example Nasjonal e-helsestrategi – endringsområder og utkast til mål */
      title?: string;
      /** @example https://www.ehelse.no/styrer-og-utvalg/nasjonalt-e-helsestyre */
      reference?: string;
    };
    RegisterSakDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description The meeting whose agenda the sak joins
       * @example nehs-2022-1
       */
      meetingId: string;
      /**
       * @description Sak number per body and year
       * @example 2/22
       */
      number: string;
      /** @example Ny nasjonal e-helsestrategi fra 2023: Endringsområder og utkast til mål for å oppnå visjonen */
      title: string;
      /**
       * @description godkjenning = Godkjenning, orientering = Orientering, drofting = Drøfting, anbefaling = Anbefaling/tilslutning
       * @example drofting
       * @enum {string}
       */
      sakstype: 'godkjenning' | 'orientering' | 'drofting' | 'anbefaling';
      presenter?: components['schemas']['PresenterDto'];
      /** @example 10:35 */
      plannedStart?: string;
      attachments?: components['schemas']['AttachmentDto'][];
    };
    AddAttachmentDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      attachment: components['schemas']['AttachmentDto'];
    };
    SakRoleDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description presenterer ("Presenterer saken"), fra ("Fra:"), saksbehandler ("Saksbehandler:")
       * @example saksbehandler
       * @enum {string}
       */
      role: 'presenterer' | 'fra' | 'saksbehandler';
      person: components['schemas']['PresenterDto'];
    };
    ContinueSakDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description "2/22 forts." after the lunch break
       * @example 11:50
       */
      startTime: string;
      /** @example forts. etter lunsj */
      note?: string;
    };
    DecisionTextDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Nasjonalt e-helsestyre godkjenner innkalling og dagsorden. */
      text: string;
    };
    AdoptDecisionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Nasjonalt e-helsestyre godkjenner innkalling og dagsorden. */
      text: string;
      /**
       * Format: date
       * @description Defaults to the meeting date
       * @example 2021-12-09
       */
      adoptedOn?: string;
    };
    CorrectDecisionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Nasjonalt e-helsestyre godkjenner innkalling og dagsorden. */
      text: string;
      /** @example Ordlyden i referatet var feil gjengitt */
      reason: string;
    };
    ApproveMinutesDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description The earlier meeting whose referat this sak approves
       * @example nehs-2021-3
       */
      minutesOfMeetingId: string;
    };
    PublishSakDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description `sent` with the innkalling (the public sees the sak on the agenda), or `published` (its papers and proposal too)
       * @example published
       * @enum {string}
       */
      state: 'sent' | 'published';
    };
    RecordExemptionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @description What is withheld: the whole sak, one field, or one attachment
       * @example field
       * @enum {string}
       */
      scope: 'sak' | 'field' | 'attachment';
      /**
       * @description With scope `field`
       * @example proposal
       * @enum {string}
       */
      field?: 'title' | 'proposal' | 'vedtak' | 'roles';
      /**
       * @description With scope `attachment`: its name
       * @example Vedlegg 1
       */
      attachment?: string;
      /**
       * @description The law and section the exemption rests on
       * @example offentleglova § 14
       */
      legalBasis: string;
      /** @example Organinternt dokument */
      note?: string;
    };
    LiftExemptionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Grunnlaget for skjerming er falt bort */
      reason: string;
    };
    VisionDraftDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring */
      text: string;
      /** @example arbeidsutkast-1 */
      draftId: string;
    };
    AdoptVisionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring */
      text: string;
      /** @example arbeidsutkast-3 */
      draftId?: string;
    };
    TextDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring */
      text: string;
    };
    PrincipleDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example HELHETLIGE */
      name: string;
      /** @example Helhetlige tjenester for innbyggere og helsepersonell */
      description?: string;
      /**
       * @example [
       *       "Bidrar målet til sammenhengende tjenester på tvers av aktører?"
       *     ]
       */
      questions: string[];
    };
    ThemeDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example aktiv-medvirkning */
      themeCode: string;
      /** @example AKTIV MEDVIRKNING */
      name: string;
      /** @example Direkte nytte for innbygger */
      subtitle?: string;
    };
    NameDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Aktiv medvirkning */
      name: string;
    };
    ReasonDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Slått sammen i justert forslag */
      reason: string;
    };
    WorkshopDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example arbeidsmote-2021-11-15 */
      workshopId: string;
      /** @example Arbeidsmøte om endringsområder */
      title: string;
      /**
       * Format: date
       * @example 2021-11-15
       */
      date: string;
      /**
       * @example [
       *       "KS",
       *       "Helse Vest RHF"
       *     ]
       */
      organisations?: string[];
      /**
       * @description How many meetings the workshop series had ("10 arbeidsmøter")
       * @example 10
       */
      sessions?: number;
    };
    InputDto: {
      /** @example innspill-17 */
      inputId: string;
      /** @example Innbygger må kunne dele egne helsedata med helsepersonell */
      text: string;
      /** @example FFO */
      organisation?: string;
    };
    InputsDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      inputs: components['schemas']['InputDto'][];
    };
    InputCountDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example 400 */
      count: number;
      /** @example 10 arbeidsmøter i november 2021 ga 400 innspill */
      note?: string;
    };
    ChangeAreaDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example tilgang-til-egne-helsedata */
      changeAreaId: string;
      /** @example Innbyggers tilgang til og bruk av egne helsedata */
      name: string;
      /** @example Fra.. helsedata er spredt og vanskelig tilgjengelig */
      fra: string;
      /** @example Til.. innbygger har enkel tilgang til egne helsedata */
      til: string;
    };
    InputIdsDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @example [
       *       "innspill-17",
       *       "innspill-42"
       *     ]
       */
      inputIds: string[];
    };
    WorkshopRefDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example arbeidsmoter-november-2021 */
      workshopId: string;
    };
    MergeChangeAreaDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example datadeling */
      intoChangeAreaId: string;
    };
    DraftGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Helseinformasjon skal følge pasienten på tvers av aktører. */
      description?: string;
      /** @example Hvor er vi? I dag må pasienten selv ... */
      hvorErVi?: string;
      /** @example Hvor skal vi? Innen 2030 ... */
      hvorSkalVi?: string;
      /**
       * @description Stable id; the code may change, the id does not
       * @example mal-2-1
       */
      goalId: string;
      /** @example 2.1 */
      code: string;
      /** @example Sørge for at helseinformasjon følger pasienten på tvers av aktører */
      title: string;
      /** @example bedre-helsehjelp */
      themeCode: string;
      /**
       * @example [
       *       "tilgang-til-egne-helsedata"
       *     ]
       */
      fromChangeAreas?: string[];
      /**
       * @description Goals this one is formed from (a merge target or a split part)
       * @example [
       *       "mal-2-1",
       *       "mal-4-6"
       *     ]
       */
      derivedFromGoals?: string[];
    };
    RewordGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse */
      title: string;
      /** @example Språklig bearbeidet etter møtet 4. februar */
      reason?: string;
    };
    RenumberGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example 3.4 */
      code: string;
    };
    MoveGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example styrket-gjennomforingskraft */
      themeCode: string;
    };
    GoalDescriptionDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Helseinformasjon skal følge pasienten på tvers av aktører. */
      description?: string;
      /** @example Hvor er vi? I dag må pasienten selv ... */
      hvorErVi?: string;
      /** @example Hvor skal vi? Innen 2030 ... */
      hvorSkalVi?: string;
    };
    MergeGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example mal-5 */
      intoGoalId: string;
    };
    SplitGoalDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @example [
       *       "mal-4-6-a",
       *       "mal-4-6-b"
       *     ]
       */
      intoGoalIds: string[];
    };
    DependencyDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example mal-1 */
      dependsOnGoalId: string;
    };
    MeasureDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example 1.1.1 */
      measureCode: string;
      /** @example Etablere felles arena for prioritering */
      title: string;
    };
    LinkedItemDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @example portfolio
       * @enum {string}
       */
      kind: 'portfolio' | 'roadmap';
      /** @example Pasientens legemiddelliste */
      name: string;
    };
    KpiDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example Andel innbyggere som har brukt digitale helsetjenester */
      name: string;
      /**
       * @example %
       * @enum {string}
       */
      unit: 'kr' | '%' | 'count';
      /** @example 80 */
      target?: number;
      /** @example Målt årlig i innbyggerundersøkelsen */
      description?: string;
    };
    OpenRoundDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example nehs-2022-02-04 */
      roundId: string;
      /** @example Prioritering av utkast til mål (Menti), ekstra møte 1/22 */
      title: string;
      /**
       * Format: date
       * @example 2022-02-04
       */
      date: string;
      /**
       * @description The body whose members vote; a round without one takes no votes
       * @example nehs
       */
      bodyId?: string;
      /**
       * @description Votes per theme code
       * @example {
       *       "aktiv-medvirkning": 3,
       *       "bedre-helsehjelp": 2,
       *       "teknologistottet-tjenesteinnovasjon": 2,
       *       "styrket-gjennomforingskraft": 4
       *     }
       */
      allocation: {
        [key: string]: number;
      };
      /**
       * @example [
       *       "mal-1-1",
       *       "mal-2-1"
       *     ]
       */
      goalIds: string[];
    };
    VoteDto: {
      /** @example mal-2-1 */
      goalId: string;
      /** @example 2 */
      count: number;
    };
    VotesDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example ivar-halvorsen */
      memberId: string;
      votes: components['schemas']['VoteDto'][];
    };
    AuditReportDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example en-innbygger-en-journal */
      reportId: string;
      /** @example Undersøkelse av styring av arbeidet med Én innbygger – én journal */
      title: string;
      /**
       * @example forvaltningsrevisjon
       * @enum {string}
       */
      kind: 'forvaltningsrevisjon' | 'etterlevelsesrevisjon';
      /**
       * Format: date
       * @example 2021-06-01
       */
      publishedOn: string;
      /**
       * @description The sak where it was presented (sak 25/21)
       * @example nehs-2021-25
       */
      presentedIn?: string;
    };
    FindingDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example pll-forsinket */
      findingId: string;
      /** @example en-innbygger-en-journal */
      reportId: string;
      /**
       * @description svaert-alvorlig = Svært alvorlig, alvorlig = Alvorlig, sterkt-kritikkverdig = Sterkt kritikkverdig, kritikkverdig = Kritikkverdig
       * @example alvorlig
       * @enum {string}
       */
      grade: 'svaert-alvorlig' | 'alvorlig' | 'sterkt-kritikkverdig' | 'kritikkverdig';
      /** @example Innføringen av Pasientens legemiddelliste er forsinket */
      text: string;
      /**
       * @description Who the finding concerns, only where the report names them
       * @example Helse- og omsorgsdepartementet
       */
      concerns?: string;
    };
    LinkDto: {
      /**
       * @example sak
       * @enum {string}
       */
      kind: 'sak' | 'goal' | 'measure' | 'audit-report';
      /**
       * @description sak id, goal id, goalId/measureCode for a measure, or an audit report id
       * @example nehs-2021-25
       */
      ref: string;
      /** @example tiltak her adresseres i etterlevelsesrevisjonen */
      note?: string;
    };
    LinksDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      links: components['schemas']['LinkDto'][];
    };
    AssignmentDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /** @example pll */
      assignmentId: string;
      /** @example Pasientens legemiddelliste */
      title: string;
      /** @example Tillegg til tildelingsbrev nr. 5 */
      givenIn: string;
      /** @example Direktoratet for e-helse */
      owner: string;
      /**
       * Format: date
       * @example 2022-12-31
       */
      dueOn?: string;
      /**
       * @example [
       *       "pll-forsinket"
       *     ]
       */
      answersFindings: string[];
    };
    StatusDto: {
      source?: components['schemas']['SourceDto'];
      /**
       * @description The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)
       * @example nehs-2021-40
       */
      decidedIn?: string;
      /**
       * @description When the facts take effect; each command has a default (usually the meeting date)
       * @example 2022-02-04
       */
      effectiveAt?: string;
      /**
       * @example in_progress
       * @enum {string}
       */
      status: 'not_started' | 'in_progress' | 'done' | 'dropped';
      /**
       * Format: date
       * @example 2022-02-04
       */
      reportedOn: string;
      /** @example Utprøving i Bergen kommune er startet */
      text: string;
      /** @example nehs-2022-2 */
      reportedIn?: string;
    };
    /** @description A token as the admin sees it in the list: who holds it and what it may do, never the token itself. */
    AccessTokenView: {
      tokenId: string;
      holder: string;
      role: components['schemas']['Role'];
      /** @description For a member: the body and its member id there, which its votes must be cast as. */
      member?: {
        bodyId: string;
        memberId: string;
      };
      issuedAt: string;
      issuedBy: string;
      /** @enum {string} */
      status: 'active' | 'revoked';
      revokedAt?: string;
      revokedBy?: string;
      reason?: string;
    };
    /** @description A meeting (møte) of a body: numbered per body and year, planned, then held or cancelled. */
    AnnouncedMeeting: {
      date: string;
      /** @description Another body's meeting may be announced too ("NUFA 22.03.2022"); default the same body. */
      bodyId?: string;
      note?: string;
    };
    AssignmentLine: {
      assignmentId: string;
      title: string;
      givenIn: string;
      owner: string;
      dueOn: string | null;
      status: components['schemas']['AssignmentStatusView'];
      statusDate: string | null;
      statusText: string | null;
      reportedIn: string | null;
      /** @description Past its due date without a report that it is done or dropped (its status may be unknown). */
      overdue: boolean;
      links: components['schemas']['Link'][];
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
    };
    /** @enum {string} */
    AssignmentStatus: 'not_started' | 'in_progress' | 'done' | 'dropped';
    /** @description A status report's status, or `unknown` where none was reported: never assumed "not started". */
    AssignmentStatusView: components['schemas']['AssignmentStatus'] | 'unknown';
    Attachment: {
      /** @description As the agenda names it: "Vedlegg 1", "Vedlegg 1A". */
      name: string;
      title?: string;
      reference?: string;
    };
    AttendanceView: {
      memberId: string;
      name: string;
      organisation: string;
      title?: string;
      appointedOn: string;
      role: components['schemas']['MemberRole'];
      present: boolean | null;
    };
    BodyView: {
      bodyId: string;
      name: string;
      shortName?: string;
      /** @description Every name the body has had up to the date asked, with the date it took effect. */
      names: {
        name: string;
        from: string;
      }[];
      members: components['schemas']['MemberView'][];
      observers: components['schemas']['MemberView'][];
      sources: components['schemas']['FactProvenance'][];
    };
    /** @enum {string} */
    ChainBreakProblem: 'data_hash_mismatch' | 'hash_mismatch' | 'revision_gap';
    /** @description Where the chain stands, for readiness: not checked since start, intact as far as checked, or broken (and where). */
    ChainState:
      | {
          /** @enum {string} */
          state: 'unchecked' | 'intact';
        }
      | {
          /** @constant */
          state: 'broken';
          firstBreak: components['schemas']['LogBreak'];
        };
    /** @description What every write answers: the resource, and where its new events stand in the log. */
    CommandResult: {
      id: string;
      streamId: string;
      /** @description Revision of the stream's last event: the expected revision for the next write. */
      revision: string;
      /** @description Global position of the last event written; absent when the decider found nothing to record. */
      position?: string;
      /** @description The types of the events written: none when the command repeated what the stream records. */
      events: string[];
    };
    /** @description A recorded disagreement as views show it: each reading with its document's title and date. */
    ConflictView: {
      readings: {
        documentTitle: string | null;
        documentDate: string | null;
        value: string;
        document: string;
        locator?: string;
        quote?: string;
      }[];
      conflictId: string;
      /** @description The id of the thing the value belongs to: a meeting, sak, goal, finding, assignment... */
      about: string;
      /** @description Which of its values, e.g. `startTime`, `title`. */
      field: string;
      note?: string;
    };
    CorrectionView: {
      text: string;
      previousText: string;
      reason: string;
      recordedAt: string;
      actor?: string;
      /** @description Who the name belongs to, as authenticated (the name alone may be a claim the person chose). */
      actorId?: string;
    };
    DecisionRegisterRow: {
      sakId: string;
      number: string;
      bodyId: string;
      meetingId: string;
      meetingDate: string | null;
      title: string;
      sakstype: components['schemas']['Sakstype'];
      sakstypeLabel: string;
      proposal: string | null;
      vedtak: string;
      originalVedtak: string;
      adoptedOn: string;
      differsFromProposal: boolean | null;
      corrections: components['schemas']['CorrectionView'][];
      /** @description Where the proposal and the vedtak come from. */
      sources: components['schemas']['FactProvenance'][];
      withheld?: components['schemas']['Withheld'][];
    };
    /** @enum {string} */
    DocumentKind: 'innkalling' | 'saksdokument' | 'presentasjon' | 'vedlegg' | 'referat' | 'rapport';
    /** @description The envelope every event in the log carries, whatever store holds it. `data` is the domain payload; `metadata` says who recorded it, when, on what source, and chains it to the event before it in its stream. */
    EventMetadata: {
      /** @description When the log learnt of the fact (ISO instant, from the injected clock). */
      recordedAt: string;
      /** @description When the fact takes effect: a date `YYYY-MM-DD` or an ISO instant; may precede recordedAt. */
      effectiveAt: string;
      /** @description When the fact was first documented: the date of the registered source document it cites (never after recordedAt). "As known at T" reads this where present, so facts imported from the board's documents are known from the documents' dates, not the import's. */
      documentedAt?: string;
      /** @description Who recorded it: the name of the authenticated principal (a secretariat member, or the importer). */
      actor?: string;
      /** @description The authenticated principal's id (`token:<id>`, `oidc:<subject>`); absent on events recorded before authentication. */
      actorId?: string;
      /** @description Document and page/slide it comes from, and whether it is stated there or interpreted. */
      source?: components['schemas']['Source'];
      /** @description Why: required on corrections, welcome everywhere. */
      reason?: string;
      /** @description Id of the event this one corrects, if it is a correction. */
      corrects?: string;
      /** @description The sak whose vedtak decided this fact, e.g. `nehs-2021-40` (sak 40/21). */
      decidedIn?: string;
      correlationId?: string;
      causationId?: string;
      /** @description The client's Idempotency-Key for the request that recorded it: a retry of that request is answered from these events. */
      idempotency?: components['schemas']['IdempotencyKey'];
      /** @description Version of this event type's `data` shape; upcasters key on it. */
      schemaVersion: number;
      /** @description SHA-256 (hex) of the canonical JSON of `data`. */
      dataHash: string;
      /** @description SHA-256 (hex) chaining this event to the previous one in its stream (see hash-chain.ts). */
      hash: string;
    };
    EventPage: {
      events: components['schemas']['RecordedEventJson'][];
      /** @description Pass as `from` to read the next page; null when this page reached the end of the log. */
      next: string | null;
    };
    /** @enum {string} */
    ExemptibleField: 'title' | 'proposal' | 'vedtak' | 'roles';
    /** @description A recorded exemption's answer: the write, and the id the exemption is lifted by. */
    ExemptionRecorded: {
      id: string;
      streamId: string;
      /** @description Revision of the stream's last event: the expected revision for the next write. */
      revision: string;
      /** @description Global position of the last event written; absent when the decider found nothing to record. */
      position?: string;
      /** @description The types of the events written: none when the command repeated what the stream records. */
      events: string[];
      exemptionId: string;
    };
    /** @description The provenance of each fact a view shows: the fact (the event type) and its source. A fact recorded without a source says so (`basis: 'unsourced'`) rather than passing for a stated one. */
    FactProvenance:
      | {
          document: string;
          documentId: string;
          /** @description The document's date, which is also when its facts became known; null for an unregistered document. */
          date: string | null;
          /** @description Whether the document states that date (`interpreted` for an undated document: see its `dateNote`). */
          dateBasis: components['schemas']['SourceBasis'] | 'unknown';
          locator?: string;
          basis: components['schemas']['SourceBasis'];
          note?: string;
          decidedIn?: string;
          fact: string;
        }
      | {
          /** @constant */
          basis: 'unsourced';
          fact: string;
        };
    /** @description An event about a finding or an assignment answering it, as the finding's history shows it. */
    FindingHistoryEntry: {
      id: string;
      type: string;
      streamId: string;
      data: components['schemas']['JsonObject'];
      metadata: components['schemas']['EventMetadata'];
      streamRevision: string;
      globalPosition: string;
      provenance: components['schemas']['FactProvenance'];
    };
    FindingLine: {
      findingId: string;
      grade: components['schemas']['Grade'];
      gradeLabel: string;
      text: string;
      concerns: string | null;
      links: components['schemas']['Link'][];
      assignments: components['schemas']['AssignmentLine'][];
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
    };
    FollowUpReport: {
      /** @description The date the report describes (the day before `validBefore`). */
      date: string;
      reports: {
        reportId: string;
        title: string;
        kind: string;
        publishedOn: string;
        presentedIn: string | null;
        findings: components['schemas']['FindingLine'][];
        /** @description Assignments that follow up the report as a whole (linked to it) rather than one finding. */
        assignments: components['schemas']['AssignmentLine'][];
        sources: components['schemas']['FactProvenance'][];
      }[];
      /** @description Findings with no assignment and no link to a goal, measure or report: a sak where it was discussed is not follow-up. */
      findingsWithoutFollowUp: {
        findingId: string;
        reportId: string;
        gradeLabel: string;
        text: string;
      }[];
      /** @description Assignments that answer no finding and follow up no report. */
      assignmentsWithoutFinding: components['schemas']['AssignmentLine'][];
      overdueAssignments: {
        assignmentId: string;
        title: string;
        owner: string;
        dueOn: string;
        status: components['schemas']['AssignmentStatusView'];
      }[];
    };
    /** @description What changed in the goals between two dates, each change with the sources of the facts behind it. */
    GoalChanges: {
      added: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      removed: {
        sources: components['schemas']['FactProvenance'][];
        mergedInto?: string;
        splitInto?: string[];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      reworded: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        from: string;
        to: string;
      }[];
      renumbered: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        from: string;
        to: string;
      }[];
      moved: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        from: string;
        to: string;
      }[];
      merged: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        into: string;
      }[];
      split: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        into: string[];
      }[];
      prioritised: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      deprioritised: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
    };
    /** @description A goal (mål): drafted from change areas or derived from other goals, then reworded, renumbered, moved between themes, described, prioritised, merged into another goal, split into several, or retired. Old wordings, codes and themes stay in the events. */
    GoalDescription: {
      description?: string;
      /** @description "Hvor er vi?": where we are today. */
      hvorErVi?: string;
      /** @description "Hvor skal vi?": where we are going. */
      hvorSkalVi?: string;
    };
    GoalDraft: {
      description?: string;
      /** @description "Hvor er vi?": where we are today. */
      hvorErVi?: string;
      /** @description "Hvor skal vi?": where we are going. */
      hvorSkalVi?: string;
      goalId: string;
      code: string;
      title: string;
      themeCode: string;
      fromChangeAreas: string[];
      derivedFromGoals: string[];
    };
    /** @description An event that touched a goal, as the goal's history shows it. */
    GoalHistoryEntry: {
      type: string;
      streamId: string;
      globalPosition: string;
      data: components['schemas']['JsonObject'];
      provenance: components['schemas']['FactProvenance'];
      /** @description When the fact takes effect: a date `YYYY-MM-DD` or an ISO instant; may precede recordedAt. */
      effectiveAt: string;
      /** @description When the log learnt of the fact (ISO instant, from the injected clock). */
      recordedAt: string;
      /** @description Who recorded it: the name of the authenticated principal (a secretariat member, or the importer). */
      actor?: string;
      /** @description The authenticated principal's id (`token:<id>`, `oidc:<subject>`); absent on events recorded before authentication. */
      actorId?: string;
      /** @description Document and page/slide it comes from, and whether it is stated there or interpreted. */
      source?: components['schemas']['Source'];
      /** @description The sak whose vedtak decided this fact, e.g. `nehs-2021-40` (sak 40/21). */
      decidedIn?: string;
      /** @description Why: required on corrections, welcome everywhere. */
      reason?: string;
    };
    /** @description A goal as the strategy shows it: with the sources of its drafting, wording, number, theme, priority, and disagreements. */
    GoalInStrategy: {
      goalId: string;
      code: string;
      title: string;
      themeCode: string;
      status: components['schemas']['GoalStatus'];
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
    };
    /** @enum {string} */
    GoalStatus: 'draft' | 'prioritised' | 'merged' | 'split' | 'retired';
    /** @description A goal in a list: what it is called and where it stands. */
    GoalSummary: {
      goalId: string;
      code: string;
      title: string;
      themeCode: string;
      status: components['schemas']['GoalStatus'];
    };
    /** @description A goal as on a date (GET /goals/:goalId), with the sources of every fact about it and any disagreement between sources. */
    GoalView: {
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
      status: components['schemas']['GoalStatus'];
      mergedInto?: string;
      splitInto?: string[];
      dependsOn: string[];
      measures: {
        measureCode: string;
        title: string;
      }[];
      linkedItems: {
        kind: components['schemas']['LinkedItemKind'];
        name: string;
      }[];
      kpis: components['schemas']['Kpi'][];
      description?: string;
      /** @description "Hvor er vi?": where we are today. */
      hvorErVi?: string;
      /** @description "Hvor skal vi?": where we are going. */
      hvorSkalVi?: string;
      goalId: string;
      code: string;
      title: string;
      themeCode: string;
      fromChangeAreas: string[];
      derivedFromGoals: string[];
    };
    /** @enum {string} */
    Grade: 'svaert-alvorlig' | 'alvorlig' | 'sterkt-kritikkverdig' | 'kritikkverdig';
    /** @description The result of a health check */
    HealthCheckResult: {
      /** @description The overall status of the Health Check */
      status: components['schemas']['HealthCheckStatus'];
      /** @description The info object contains information of each health indicator which is of status "up" */
      info?: {
        [key: string]: {
          status: components['schemas']['HealthIndicatorStatus'];
        };
      };
      /** @description The error object contains information of each health indicator which is of status "down" */
      error?: {
        [key: string]: {
          status: components['schemas']['HealthIndicatorStatus'];
        };
      };
      /** @description The details object contains information of every health indicator. */
      details: components['schemas']['HealthIndicatorResult'];
    };
    /** @enum {string} */
    HealthCheckStatus: 'error' | 'ok' | 'shutting_down';
    /** @description The result object of a health indicator */
    HealthIndicatorResult: {
      [key: string]: {
        status: components['schemas']['HealthIndicatorStatus'];
      };
    };
    /** @enum {string} */
    HealthIndicatorStatus: 'up' | 'down';
    /** @description A client's `Idempotency-Key` (IETF httpapi draft) as the log keeps it, with a hash of the request it came with: the same key with the same request is a retry, with another a mistake. Scoped by the events' actorId: two principals' keys never meet. */
    IdempotencyKey: {
      key: string;
      /** @description SHA-256 (hex) of the request: method, path and canonical JSON body. */
      requestHash: string;
    };
    JsonObject: Record<string, unknown>;
    Kpi: {
      name: string;
      unit: components['schemas']['KpiUnit'];
      target?: number;
      description?: string;
    };
    /** @enum {string} */
    KpiUnit: 'kr' | '%' | 'count';
    Lineage: {
      root: string;
      /** @enum {string} */
      direction: 'up' | 'down';
      nodes: components['schemas']['LineageNode'][];
      edges: components['schemas']['LineageEdge'][];
    };
    LineageEdge: {
      from: string;
      to: string;
      /** @enum {string} */
      kind: 'merged-into' | 'derived-from' | 'split-from' | 'reworded-as';
      /** @description The facts that state the link, each with its source: stated, or an interpretation with its note. */
      sources: components['schemas']['FactProvenance'][];
    };
    LineageNode: {
      id: string;
      /**
       * @description `input-count`: a workshop's inputs known only by their number ("400 innspill").
       * @enum {string}
       */
      kind: 'input' | 'input-count' | 'change-area' | 'goal' | 'goal-wording';
      label: string;
      code?: string;
      status?: string;
      count?: number;
    };
    Link: {
      kind: components['schemas']['LinkKind'];
      /** @description A sak id (`nehs-2021-25`), a goal id (`mal-5`), a measure as `goalId/measureCode`, or a report id. */
      ref: string;
      /** @description The source's remark on the link, e.g. "tiltak her adresseres i etterlevelsesrevisjonen". */
      note?: string;
    };
    /** @enum {string} */
    LinkedItemKind: 'portfolio' | 'roadmap';
    /** @enum {string} */
    LinkKind: 'sak' | 'goal' | 'measure' | 'audit-report';
    Liveness: {
      /** @constant */
      status: 'ok';
    };
    LogBreak: {
      problem: components['schemas']['LogBreakProblem'];
      /** @description How many events precede it in log order (0 for the first event). */
      sequence: number;
      eventId?: string;
      streamId?: string;
      streamRevision?: string;
      globalPosition?: string;
      expected: string;
      actual: string;
      /** @description What it means, for people. */
      detail: string;
    };
    LogBreakProblem:
      | components['schemas']['ChainBreakProblem']
      | 'event_missing'
      | 'event_rewritten'
      | 'log_truncated'
      | 'checkpoint_mismatch'
      | 'checkpoint_signature_invalid';
    /** @description A log head signed with the installation's Ed25519 key: published, kept by auditors, verifiable offline. */
    LogCheckpoint: {
      events: number;
      logHash: string;
      /** @description The store's position of the last event covered (informative: positions differ between stores). */
      position: string;
      signedAt: string;
      /** @constant */
      algorithm: 'Ed25519';
      /** @description The first 16 hex digits of the SHA-256 of the public key (SPKI, DER). */
      keyId: string;
      /** @description The public key, SPKI DER in base64: enough to check the signature, but only a key known from elsewhere proves who signed. */
      publicKey: string;
      /** @description Over the canonical JSON of { events, logHash, position, signedAt, keyId }. */
      signature: string;
    };
    /** @description What a checkpoint says of the log: after its first `events` events, the log chain stood at `logHash`. */
    LogHead: {
      events: number;
      logHash: string;
      /** @description The store's position of the last event covered (informative: positions differ between stores). */
      position: string;
    };
    LogVerification: {
      ok: boolean;
      scope: components['schemas']['VerificationScope'];
      /** @description The events read and checked by this verification. */
      eventsChecked: number;
      streamsChecked: number;
      /** @description The log's length and the log chain's value after it, as far as it was verified. */
      logEvents: number;
      logHash: string;
      checkpointsChecked: number;
      /** @description Of those, how many are signed with another key than this installation's (a key replaced or restored from elsewhere). */
      checkpointsByOtherKeys: number;
      firstBreak?: components['schemas']['LogBreak'];
    };
    /** @description A meeting in the list of meetings: without its saker and participants (GET /meetings/:id has them). */
    MeetingSummary: {
      meetingId: string;
      bodyId: string;
      bodyName: string;
      number: string;
      date: string;
      startTime?: string;
      endTime?: string;
      place?: string;
      /** @enum {string} */
      kind: 'ordinary' | 'extra';
      /** @enum {string} */
      status: 'planned' | 'held' | 'cancelled';
      cancellationReason?: string;
      agenda: {
        sakId: string;
        number: string;
        title: string;
        sakstypeLabel: string;
        startTime?: string;
        continued: boolean;
      }[];
      nextMeetings: components['schemas']['AnnouncedMeeting'][];
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
    };
    MeetingView: {
      meetingId: string;
      bodyId: string;
      bodyName: string;
      number: string;
      date: string;
      startTime?: string;
      endTime?: string;
      place?: string;
      /** @enum {string} */
      kind: 'ordinary' | 'extra';
      /** @enum {string} */
      status: 'planned' | 'held' | 'cancelled';
      cancellationReason?: string;
      /** @description Members and observers of the body on the meeting date, with attendance where recorded. */
      participants: components['schemas']['AttendanceView'][];
      agenda: {
        sakId: string;
        number: string;
        title: string;
        sakstypeLabel: string;
        startTime?: string;
        continued: boolean;
      }[];
      saker: components['schemas']['SakView'][];
      nextMeetings: components['schemas']['AnnouncedMeeting'][];
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
    };
    /** @enum {string} */
    MemberRole: 'member' | 'observer';
    MemberView: {
      memberId: string;
      name: string;
      organisation: string;
      title?: string;
      appointedOn: string;
    };
    /**
     * @description Whether a person has had data sealed here (`held`), has been erased, or neither (`unknown`).
     * @enum {string}
     */
    PersonalDataStatus: 'unknown' | 'held' | 'erased';
    /** @description What is held of a person, as the secretariat looks them up before erasing. */
    PersonLookup: {
      personId: string;
      what: string;
      status: components['schemas']['PersonalDataStatus'];
    };
    PersonStatus: {
      personId: string;
      status: components['schemas']['PersonalDataStatus'];
    };
    /** @description A sak (agenda item): registered on a meeting's agenda, given a forslag til vedtak (proposed decision) and, at the meeting, a vedtak (the decision adopted), whose wording may differ from the proposal. A vedtak is never edited: a correction is a new event with a reason. */
    Presenter: {
      name: string;
      organisation?: string;
    };
    Principal: {
      /** @description Stable and unique: `token:<tokenId>` for an API token, `oidc:<issuer's subject>` for the identity provider's. */
      id: string;
      /** @description The name recorded as the actor of what it writes. */
      name: string;
      roles: components['schemas']['Role'][];
      /** @description For a member: the body and its member id there, which its votes must be cast as. */
      member?: {
        bodyId: string;
        memberId: string;
      };
    };
    /** @description The strategy's frame, one stream: vision drafts (arbeidsutkast) and the vision adopted, ambition statements, and the evaluation principles with their check questions. */
    Principle: {
      name: string;
      /** @description What the principle means, as the documents describe it. */
      description?: string;
      questions: string[];
    };
    /** @description The JSON body of every error answer, whatever raised it. */
    Problem: {
      statusCode: number;
      /** @description Stable code, e.g. `VALIDATION.FAILED`, `EVENT_STORE.WRONG_EXPECTED_REVISION`. */
      code: string;
      message: string;
      /** @description For 400s: each offending field with what is wrong with it. */
      fields?: {
        field: string;
        problems: string[];
      }[];
      details?: {
        [key: string]: unknown;
      };
    };
    /** @description Where a fact shown in a read comes from, compactly: the document as the board knows it (title and date, never a file name), the place in it, whether it states the fact or the recorder interpreted it, and the recorder's note on how it was read. */
    ProvenanceView: {
      document: string;
      documentId: string;
      /** @description The document's date, which is also when its facts became known; null for an unregistered document. */
      date: string | null;
      /** @description Whether the document states that date (`interpreted` for an undated document: see its `dateNote`). */
      dateBasis: components['schemas']['SourceBasis'] | 'unknown';
      locator?: string;
      basis: components['schemas']['SourceBasis'];
      note?: string;
      decidedIn?: string;
    };
    /** @enum {string} */
    PublicationState: 'draft' | 'sent' | 'published';
    /** @description Answered with 200 when `ready`; otherwise 503, with this as the problem's `details`. */
    Readiness: {
      /** @enum {string} */
      status: 'ready' | 'starting' | 'importing' | 'chain-broken';
      chain: components['schemas']['ChainState'];
      readModels: {
        name: string;
        position: string | null;
        behind: boolean;
      }[];
    };
    /** @description One source's reading of a value: what it says, and where. */
    Reading: {
      value: string;
      document: string;
      locator?: string;
      quote?: string;
    };
    /** @description The JSON form of a recorded event (bigints as decimal strings). */
    RecordedEventJson: {
      id: string;
      type: string;
      streamId: string;
      data: components['schemas']['JsonObject'];
      metadata: components['schemas']['EventMetadata'];
      streamRevision: string;
      globalPosition: string;
    };
    /** @enum {string} */
    Role: 'secretariat' | 'member' | 'auditor' | 'admin';
    /** @description A prioritisation round as on a date (GET /prioritisation-rounds/:roundId). */
    RoundView: {
      roundId: string;
      title: string;
      date: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** @description Votes each member has per theme. */
      allocation: {
        [key: string]: number;
      };
      /** @description Whether any votes are recorded: without them the tally is unknown (null), not zero. */
      votesKnown: boolean;
      voters: number | null;
      tally: {
        goalId: string;
        themeCode: string;
        votes: number | null;
      }[];
      perTheme: {
        themeCode: string;
        allocationPerMember: number;
        votes: number | null;
      }[];
      sources: components['schemas']['FactProvenance'][];
    };
    /** @enum {string} */
    SakRole: 'presenterer' | 'fra' | 'saksbehandler';
    /** @enum {string} */
    Sakstype: 'godkjenning' | 'orientering' | 'drofting' | 'anbefaling';
    SakView: {
      sakId: string;
      meetingId: string;
      number: string;
      title: string;
      sakstype: components['schemas']['Sakstype'];
      sakstypeLabel: string;
      presenter?: components['schemas']['Presenter'];
      /** @description People in their roles on the sak (presenterer, fra, saksbehandler), each as a document names them. */
      roles: {
        role: components['schemas']['SakRole'];
        person: components['schemas']['Presenter'];
      }[];
      plannedStart?: string;
      continuations: {
        startTime: string;
        note?: string;
      }[];
      attachments: components['schemas']['Attachment'][];
      /** @description Forslag til vedtak. */
      proposal: string | null;
      /** @description The vedtak as it stands (after corrections), with the original wording and every correction. */
      vedtak: {
        text: string;
        adoptedOn: string;
        originalText: string;
        corrections: components['schemas']['CorrectionView'][];
      } | null;
      /** @description Whether the vedtak as adopted differs from the proposal; null until both exist. */
      differsFromProposal: boolean | null;
      approvesMinutesOf: string | null;
      sources: components['schemas']['FactProvenance'][];
      conflicts: components['schemas']['ConflictView'][];
      /** @description For readers who do not see all of it: what is not shown, and why (absent when everything is shown). */
      withheld?: components['schemas']['Withheld'][];
      /** @description For readers who see all of it: where its publication stands today (what the public sees follows from it). */
      publication?: {
        state: components['schemas']['PublicationState'];
        vedtakPublished: boolean;
      };
    };
    Source: {
      /** @description The registered source document's id, e.g. `nehs-2022-1-saksdokument` (see the document register). */
      document: string;
      /** @description Page, slide or heading inside the document, e.g. "side 3" or "UTKAST til MÅL". */
      locator?: string;
      /** @description `stated`: the document says it; `interpreted`: the recorder inferred it. */
      basis: components['schemas']['SourceBasis'];
      /** @description How the recorder read the source, above all where the basis is `interpreted`. */
      note?: string;
      /** @description A note for the secretariat and auditors only: kept with the event (the raw log, a fact's history), never in the views' provenance, the referat or reports, nor shown to anyone else. */
      internalNote?: string;
      /** @description The document's own words that state the fact, as the recorder copied them. */
      quote?: string;
    };
    /** @enum {string} */
    SourceBasis: 'stated' | 'interpreted';
    /** @description A source document as the board knows it; the SHA-256 of its file proves which file is meant. */
    SourceDocument: {
      documentId: string;
      /** @description The title as the board knows it, e.g. "Saksdokument møte 1/22". */
      title: string;
      kind: components['schemas']['DocumentKind'];
      /** @description The document's date: facts taken from it are known from this date on. */
      date: string;
      /** @description Whether the document states its date, or the recorder inferred it (then `dateNote` says how). */
      dateBasis: components['schemas']['SourceBasis'];
      dateNote?: string;
      issuer: string;
      sha256: string;
    };
    /** @description Whether the store answers (terminus's report, with the indicator `eventStore`). */
    StoreHealth: components['schemas']['HealthCheckResult'];
    /** @description The goals' changes between two dates (GET /strategy/diff). */
    StrategyDiff: {
      added: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      removed: {
        sources: components['schemas']['FactProvenance'][];
        mergedInto?: string;
        splitInto?: string[];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      reworded: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        from: string;
        to: string;
      }[];
      renumbered: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        from: string;
        to: string;
      }[];
      moved: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        from: string;
        to: string;
      }[];
      merged: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        into: string;
      }[];
      split: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        into: string[];
      }[];
      prioritised: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      deprioritised: {
        sources: components['schemas']['FactProvenance'][];
        goalId: string;
        code: string;
        title: string;
        themeCode: string;
        status: components['schemas']['GoalStatus'];
      }[];
      from: string;
      to: string;
    };
    /** @description The strategy on a date (GET /strategy). */
    StrategyView: {
      /** @description The adopted vision; null until one is adopted. */
      vision: string | null;
      visionSources: components['schemas']['FactProvenance'][];
      visionDrafts: {
        sources: components['schemas']['FactProvenance'][];
        draftId: string;
        text: string;
      }[];
      ambitions: {
        sources: components['schemas']['FactProvenance'][];
        text: string;
      }[];
      principles: {
        sources: components['schemas']['FactProvenance'][];
        name: string;
        /** @description What the principle means, as the documents describe it. */
        description?: string;
        questions: string[];
      }[];
      themes: {
        themeCode: string;
        name: string;
        subtitle?: string;
        sources: components['schemas']['FactProvenance'][];
        conflicts: components['schemas']['ConflictView'][];
        goals: components['schemas']['GoalInStrategy'][];
      }[];
      prioritisedGoals: components['schemas']['GoalInStrategy'][];
      changeAreas: {
        sources: components['schemas']['FactProvenance'][];
        changeAreaId: string;
        name: string;
        fra: string;
        til: string;
        /** @description Unknown (null) when some of its inputs are known only as a workshop's total, or none is known. */
        inputCount: number | null;
        fromWorkshops: string[];
      }[];
      funnel: {
        workshops: number;
        /** @description Unknown (null) where workshops were held but no input is known. */
        inputs: number | null;
        changeAreas: number;
        draftGoals: number;
        prioritisedGoals: number;
      };
    };
    /** @description Who `GET /access/me` says the caller is without a token. */
    ThePublic: {
      /** @constant */
      public: true;
      roles: unknown[];
    };
    /** @description An issued token's answer: the write, the token itself (shown this once) and what is kept of it. */
    TokenIssued: {
      token: string;
      tokenId: string;
      holder: string;
      role: components['schemas']['Role'];
      /** @description For a member: the body and its member id there, which its votes must be cast as. */
      member?: {
        bodyId: string;
        memberId: string;
      };
      issuedAt: string;
      issuedBy: string;
      /** @enum {string} */
      status: 'active' | 'revoked';
      revokedAt?: string;
      revokedBy?: string;
      reason?: string;
      id: string;
      streamId: string;
      /** @description Revision of the stream's last event: the expected revision for the next write. */
      revision: string;
      /** @description Global position of the last event written; absent when the decider found nothing to record. */
      position?: string;
      /** @description The types of the events written: none when the command repeated what the stream records. */
      events: string[];
    };
    /** @description A revoked token's answer: the write and what is kept of the token now. */
    TokenRevoked: {
      tokenId: string;
      holder: string;
      role: components['schemas']['Role'];
      /** @description For a member: the body and its member id there, which its votes must be cast as. */
      member?: {
        bodyId: string;
        memberId: string;
      };
      issuedAt: string;
      issuedBy: string;
      /** @enum {string} */
      status: 'active' | 'revoked';
      revokedAt?: string;
      revokedBy?: string;
      reason?: string;
      id: string;
      streamId: string;
      /** @description Revision of the stream's last event: the expected revision for the next write. */
      revision: string;
      /** @description Global position of the last event written; absent when the decider found nothing to record. */
      position?: string;
      /** @description The types of the events written: none when the command repeated what the stream records. */
      events: string[];
    };
    /**
     * @description `full`: the whole log from its first event; `new`: the kept chain's tail, then what was appended since the last verification.
     * @enum {string}
     */
    VerificationScope: 'full' | 'new';
    /** @description What a reader is told is not shown, and why: an exemption (with its legal basis) or not published yet. */
    Withheld: {
      what: 'sak' | components['schemas']['ExemptibleField'] | 'attachments' | 'attachment';
      /** @description For an attachment: its name. */
      name?: string;
      /** @enum {string} */
      reason: 'exempted' | 'not published';
      legalBasis?: string;
    };
  };
  responses: {
    /** @description The request is not valid; `fields` names each field and what is wrong with it */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description A bearer token was sent that is not known here, revoked or expired (see WWW-Authenticate); send none to read as the public */
    TokenRefused: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description Reading the record as known at an earlier time (`knownAt`) is for auditors, the secretariat and members */
    KnownAtNotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description A record that the path or the request names does not exist */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description The record does not allow it (a number taken, a state it cannot leave), or a request with this Idempotency-Key is still being answered */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description The record moved on since the revision in If-Match; nothing was written */
    RecordMovedOn: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description The write is larger than the event store takes in one append (`details.maxAppendSize`); nothing was written */
    AppendTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description The Idempotency-Key was used for another request; nothing was written */
    IdempotencyKeyReused: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description Too many refused tokens from this address, or writes by this principal, in a minute; see Retry-After */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
    /** @description The event store, or the identity provider (for its tokens), cannot be reached; try again after Retry-After seconds (1 while the store elects a leader) */
    Unavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AccessController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessTokenView'][];
        };
      };
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AccessController_issue: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTokenDto'];
      };
    };
    responses: {
      /** @description Issued: the token is in this answer, and never shown again */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenIssued'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AccessController_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeTokenDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenRevoked'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenRevoked'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AccessController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Principal'] | components['schemas']['ThePublic'];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PersonsController_lookup: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonLookupDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonLookup'][];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat, auditor */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      409: components['responses']['Conflict'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PersonsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonStatus'];
        };
      };
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat, auditor */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PersonsController_erase: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasureDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoreHealth'];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      /** @description Not ready (importing, starting, chain-broken): the problem’s `details` say where it stands */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: admin, auditor */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  EventsController_list: {
    parameters: {
      query?: {
        /** @description Only events of this stream */
        stream?: string;
        /** @description Only events of this type */
        type?: string;
        /** @description Global position to continue after (exclusive); pass the `next` of the previous page. Omit to start at the beginning. */
        from?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: auditor, secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AuditController_verify: {
    parameters: {
      query?: {
        /** @description `full`: the whole log; `new`: the last verified events again, then what was appended since the last verification */
        scope?: 'full' | 'new';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogVerification'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: auditor, secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AuditController_checkpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogCheckpoint'][];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AuditController_sign: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Only checkpoints were recorded since the latest: the latest */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogCheckpoint'];
        };
      };
      /** @description Signed: a checkpoint of the log head now */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogCheckpoint'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat, auditor, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      409: components['responses']['Conflict'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AuditController_latest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogCheckpoint'];
        };
      };
      401: components['responses']['TokenRefused'];
      /** @description No checkpoint has been signed yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  AuditController_signingKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-pem-file': string;
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SourcesController_documents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceDocument'][];
        };
      };
      401: components['responses']['TokenRefused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SourcesController_registerDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DocumentDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SourcesController_document: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceDocument'];
        };
      };
      401: components['responses']['TokenRefused'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SourcesController_conflicts: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConflictView'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SourcesController_recordConflict: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SourceConflictDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_list: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BodyView'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_establish: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstablishBodyDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        bodyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameBodyDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_appoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        bodyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AppointMemberDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_leave: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        bodyId: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MemberLeavingDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  BodiesController_get: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        bodyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BodyView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_list: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        body?: string;
        year?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSummary'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_schedule: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleMeetingDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_held: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelMeetingDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_attendance: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAttendanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_nextMeetings: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnnounceNextMeetingsDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_publishMinutes: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_get: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  MeetingsController_minutes: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        /** @description Overrides the Accept header; Markdown by default */
        format?: 'markdown' | 'html';
      };
      header?: never;
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterSakDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_attach: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAttachmentDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_assignRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SakRoleDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_continueSak: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContinueSakDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_propose: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionTextDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptDecisionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectDecisionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_approveMinutes: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveMinutesDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishSakDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_publishVedtak: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_exempt: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordExemptionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'] | components['schemas']['ExemptionRecorded'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'] | components['schemas']['ExemptionRecorded'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_lift: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        sakId: string;
        exemptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LiftExemptionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_get: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        sakId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SakView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  SakerController_decisions: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        body?: string;
        year?: string;
        sakstype?: 'godkjenning' | 'orientering' | 'drofting' | 'anbefaling';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionRegisterRow'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyReadsController_strategy: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyReadsController_diff: {
    parameters: {
      query: {
        from: string;
        to: string;
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyDiff'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_draft: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VisionDraftDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptVisionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_ambition: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TextDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_principle: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PrincipleDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_defineTheme: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ThemeDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_renameTheme: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        themeCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NameDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  StrategyFrameController_retireTheme: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        themeCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_workshop: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_inputs: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        workshopId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InputsDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_inputCount: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        workshopId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InputCountDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_changeArea: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeAreaDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_mergeInputs: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        changeAreaId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InputIdsDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_mergeWorkshopInputs: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        changeAreaId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopRefDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineController_mergeArea: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        changeAreaId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeChangeAreaDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineLineageController_changeArea: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        direction?: 'up' | 'down';
      };
      header?: never;
      path: {
        changeAreaId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lineage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  PipelineLineageController_workshop: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        direction?: 'up' | 'down';
      };
      header?: never;
      path: {
        workshopId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lineage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_draft: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_reword: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RewordGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_renumber: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenumberGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_describe: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalDescriptionDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_prioritise: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_deprioritise: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_merge: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_split: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SplitGoalDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_retire: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_dependency: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DependencyDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_measure: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeasureDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_link: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkedItemDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_kpi: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KpiDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_get: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_history: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalHistoryEntry'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  GoalsController_lineage: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        direction?: 'up' | 'down';
      };
      header?: never;
      path: {
        goalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lineage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  RoundsController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenRoundDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  RoundsController_vote: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VotesDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  RoundsController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvenanceDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  RoundsController_get: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_registerReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuditReportDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_recordFinding: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FindingDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_linkFinding: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinksDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_giveAssignment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignmentDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_linkAssignment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        assignmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinksDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_reportStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere */
        'If-Match'?: string;
        /** @description A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the first was, without writing again; another request with the key is 422; while the first is answered, 409 */
        'Idempotency-Key'?: string;
      };
      path: {
        assignmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusDto'];
      };
    };
    responses: {
      /** @description Nothing recorded: the record already says this (`events: []`) */
      200: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description The revision the record now stands at */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description No bearer token, or one not known here (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Only for: secretariat */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['RecordMovedOn'];
      413: components['responses']['AppendTooLarge'];
      422: components['responses']['IdempotencyKeyReused'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_report: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
        /** @description Overrides the Accept header; JSON by default */
        format?: 'json' | 'markdown' | 'csv';
        /** @description For CSV: `comma` (RFC 4180, the default) or `semicolon` with a byte-order mark, as Norwegian spreadsheets expect */
        separator?: 'comma' | 'semicolon';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpReport'];
          'text/markdown': string;
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
  FindingsController_history: {
    parameters: {
      query?: {
        /** @description The date to see things as they were on (whole day included) */
        at?: string;
        /** @description See only what had been recorded by this instant */
        knownAt?: string;
      };
      header?: never;
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingHistoryEntry'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['TokenRefused'];
      403: components['responses']['KnownAtNotAllowed'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
    };
  };
}
