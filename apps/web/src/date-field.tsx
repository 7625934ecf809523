import { useEffect, useState } from 'preact/hooks';
import { isoDate, norwegianDate } from './format';
import './auditor.css';

/** The first day the strategy pages offer: the log's history starts in 2021. */
export const FIRST_DAY = '2021-01-01';

/** Today as `YYYY-MM-DD`: the last day the pages offer. */
export const today = () => new Date().toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A date kept in the address (`?name=YYYY-MM-DD`), so that a link cites what the reader saw. A
 * date in the address that does not exist gives way to the fallback.
 */
export function useDateInAddress(name: string, fallback: string): [string, (date: string) => void] {
  const [date, setDate] = useState(() => isoDate(new URLSearchParams(location.search).get(name) ?? '') ?? fallback);
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    query.set(name, date);
    history.replaceState(null, '', `?${query}${location.hash}`);
  }, [name, date]);
  return [date, setDate];
}

interface DateFieldProps {
  id: string;
  label: string;
  /** The slider's own label: not a part of `label`, so that each control has a name of its own. */
  sliderLabel: string;
  /** `YYYY-MM-DD`. */
  value: string;
  onChange: (date: string) => void;
  min: string;
  max: string;
}

/** Why a typed text is not a date the field takes, in words; undefined if it is one. */
function problemWith(text: string, min: string, max: string): string | undefined {
  const date = isoDate(text);
  if (!date)
    return text.trim()
      ? `«${text.trim()}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 04.02.2022.`
      : 'Skriv en dato som dd.mm.åååå, for eksempel 04.02.2022.';
  if (date < min || date > max) return `Velg en dato fra ${norwegianDate(min)} til ${norwegianDate(max)}.`;
  return undefined;
}

/**
 * A date as Norwegians write it (dd.mm.åååå; YYYY-MM-DD pasted is taken too), and a slider over
 * the days from `min` to `max` for moving through time. The browser's own date field is not
 * used: it shows the browser's format (mm/dd/yyyy in many), not the one the pages speak.
 *
 * A typed date counts as soon as it is a whole date that exists; one that is not is refused in
 * words next to the field when the reader leaves it or presses Enter, never while typing.
 */
export function DateField({ id, label, sliderLabel, value, onChange, min, max }: DateFieldProps) {
  const [text, setText] = useState(norwegianDate(value));
  const [error, setError] = useState<string>();

  // A date set from outside (the slider, the other field of a pair) replaces the typed text,
  // unless the text already says that date in its own way (2022-06-01 pasted).
  useEffect(() => {
    if (isoDate(text) === value) return;
    setText(norwegianDate(value));
    setError(undefined);
  }, [value]);

  const typed = (next: string) => {
    setText(next);
    if (problemWith(next, min, max)) return;
    setError(undefined);
    onChange(isoDate(next)!);
  };
  const left = () => {
    const problem = problemWith(text, min, max);
    setError(problem);
    if (!problem) setText(norwegianDate(isoDate(text)!));
  };

  const first = dayNumber(min);
  const day = Math.min(Math.max(dayNumber(value), first), dayNumber(max)) - first;
  const described = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div class={`date-field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        Skriv datoen som dd.mm.åååå, eller flytt glideren.
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellcheck={false}
        size={10}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => typed(e.currentTarget.value)}
        onChange={left}
      />
      {error && (
        <p class="date-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <label for={`${id}-slider`} class="slider-label">
        {sliderLabel}
      </label>
      <div class="slider">
        <span aria-hidden="true">{norwegianDate(min)}</span>
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={dayNumber(max) - first}
          step={1}
          value={day}
          aria-valuetext={norwegianDate(dateOfDay(first + day))}
          onInput={(e) => onChange(dateOfDay(first + Number(e.currentTarget.value)))}
        />
        <span aria-hidden="true">{norwegianDate(max)}</span>
      </div>
    </div>
  );
}
