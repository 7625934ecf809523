/**
 * The strategy's own words:
 *   - visjon (vision), ambisjon (ambition), evalueringsprinsipper (evaluation principles:
 *     HELHETLIGE, TRYGGE, NYSKAPENDE, each with check questions);
 *   - strategisk tema (theme): AKTIV MEDVIRKNING, BEDRE HELSEHJELP, ...;
 *   - arbeidsmøte (workshop) and innspill (input): 10 workshops in November 2021 gave 400;
 *   - endringsområde (change area): similar inputs merged, with a "Fra.." and a "Til.." text;
 *   - mål (goal): drafted from change areas (`Mål 2.1`), reworded, renumbered, merged, split,
 *     prioritised (the 6 goals of the adjusted proposal);
 *   - tiltak (measure), numbered under its goal (`1.1.1`); KPI (måleparameter).
 */
export const themeStream = (themeCode: string) => `theme-${themeCode}`;
export const workshopStream = (workshopId: string) => `workshop-${workshopId}`;
export const changeAreaStream = (changeAreaId: string) => `change-area-${changeAreaId}`;
export const goalStream = (goalId: string) => `goal-${goalId}`;
export const roundStream = (roundId: string) => `round-${roundId}`;
export const VISION_STREAM = 'strategy-vision';
export const STRATEGY_STREAM_PREFIXES = ['theme-', 'workshop-', 'change-area-', 'goal-', 'round-', VISION_STREAM] as const;

/** `1/22`-free codes: a goal is `2.1` or `5`; a measure `1.1.1`. */
export const GOAL_CODE = /^\d{1,2}(\.\d{1,2})?$/;
export const MEASURE_CODE = /^\d{1,2}(\.\d{1,2}){1,3}$/;

export const KPI_UNITS = ['kr', '%', 'count'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const LINKED_ITEM_KINDS = ['portfolio', 'roadmap'] as const;
export type LinkedItemKind = (typeof LINKED_ITEM_KINDS)[number];
