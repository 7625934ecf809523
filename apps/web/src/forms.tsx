import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiProblem, getJson, postJson } from './api';
import { fieldErrors, problemText } from './messages';
import './forms.css';

/**
 * A form's round trip to the API: busy while sending, the refusal in Norwegian next to each field
 * it concerns and for the whole form. One `Idempotency-Key` per submission: sent again unchanged
 * (after a lost answer) it records nothing twice; changed, it is a new submission.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const pending = useRef<{ key: string; body: string } | undefined>(undefined);

  async function send<T>(path: string, body: unknown): Promise<T | undefined> {
    const sent = JSON.stringify([path, body]);
    if (pending.current?.body !== sent) pending.current = { key: crypto.randomUUID(), body: sent };
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      const answer = await postJson<T>(path, body, pending.current.key);
      pending.current = undefined;
      return answer;
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        setMessage('Fikk ikke kontakt med tjenesten. Send skjemaet på nytt: det blir ikke registrert to ganger.');
        return undefined;
      }
      // A refused submission holds no key: the next one, changed or not, is decided anew. After a
      // 5xx, a timeout or a rate limit the write may have landed: the same submission keeps its key.
      if (error.status < 500 && error.status !== 408 && error.status !== 429) pending.current = undefined;
      setErrors(fieldErrors(error));
      setMessage(problemText(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /** Errors found before sending (a date that does not exist), shown as the API's would be. */
  const refuse = (found: Record<string, string>) => {
    setErrors(found);
    setMessage('Noen felt er ikke fylt ut riktig. Se merknadene ved feltene.');
  };

  return { send, refuse, busy, errors, message };
}

interface FieldProps {
  /** The form's id prefix and the API's field name: `${form}-${name}` is the input's id. */
  form: string;
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors: Record<string, string>;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'password';
  autoComplete?: string;
}

/**
 * A field's refusal, shown while the field holds the value it was refused with: a corrected field
 * (edited, or given a new suggestion) does not go on reading as wrong while the form waits to be
 * sent again. Each refusal (a new `errors`) is tied to the value the field had when it came.
 */
function useFieldError(errors: Record<string, string>, name: string, value: string): string | undefined {
  const refused = useRef<{ errors: Record<string, string>; value: string } | undefined>(undefined);
  if (refused.current?.errors !== errors) refused.current = { errors, value };
  return refused.current.value === value ? errors[name] : undefined;
}

/** A labelled field; its hint and its error are read out with it (aria-describedby). */
export function Field({ form, name, label, value, onInput, errors, hint, required, multiline, type = 'text', autoComplete }: FieldProps) {
  const id = `${form}-${name}`;
  const error = useFieldError(errors, name, value);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : type === 'password' ? (
        <input type="password" autoComplete={autoComplete} {...common} />
      ) : (
        <input type="text" autoComplete={autoComplete ?? 'off'} {...common} />
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  form,
  name,
  label,
  value,
  onChange,
  options,
  errors,
}: Omit<FieldProps, 'onInput'> & { onChange: (value: string) => void; options: [string, string][] }) {
  const id = `${form}-${name}`;
  const error = useFieldError(errors, name, value);
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A number the form suggests (the next free 1/22 of a body's year) until the secretariat types
 * one of its own; a recorded submission makes it follow the suggestion again.
 */
export function useSuggested(suggestion: string) {
  const [typed, setTyped] = useState<string>();
  return { value: typed ?? suggestion, onInput: setTyped, reset: () => setTyped(undefined) };
}

/**
 * A form's ref that takes the focus to the first field a refusal names, where its error is read
 * out; a form refused as a whole keeps it on the button (a submit button is never disabled, as a
 * disabled button loses the keyboard's focus).
 */
export function useFocusOnRefusal(errors: Record<string, string>) {
  const formRef = useRef<HTMLFormElement>(null);
  // Before the page is painted, with the fields' marks; and only from this form or from nowhere
  // (a late refusal does not take the focus from another form the user has moved on to).
  useLayoutEffect(() => {
    const form = formRef.current;
    const focused = document.activeElement;
    if (!form || !Object.keys(errors).length || (focused && focused !== document.body && !form.contains(focused))) return;
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return formRef;
}

/** A form's heading, its outcome for the whole form (announced), and its submit button. */
export function WriteForm({
  id,
  title,
  submit,
  busy,
  message,
  errors,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  busy: boolean;
  message?: string;
  /** The refusals of the last submission, by field. */
  errors: Record<string, string>;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  const formRef = useFocusOnRefusal(errors);
  return (
    <form
      ref={formRef}
      class="write"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onSubmit();
      }}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
      <div role="alert" class="form-error">
        {message}
      </div>
      <button type="submit" aria-disabled={busy ? 'true' : undefined}>
        {busy ? 'Lagrer …' : submit}
      </button>
    </form>
  );
}

/** A registered source document, as `GET /documents` lists them. */
interface SourceDocument {
  documentId: string;
  title: string;
  date: string;
}

export interface SourceChoice {
  document: string;
  locator: string;
  basis: 'stated' | 'interpreted';
  note: string;
}

export const NO_SOURCE: SourceChoice = { document: '', locator: '', basis: 'stated', note: '' };

/** The `source` of a write, or none when the secretariat records what it saw itself. */
export const sourceOf = (choice: SourceChoice) =>
  choice.document
    ? {
        source: {
          document: choice.document,
          basis: choice.basis,
          ...(choice.locator.trim() ? { locator: choice.locator.trim() } : {}),
          ...(choice.note.trim() ? { note: choice.note.trim() } : {}),
        },
      }
    : {};

/**
 * Where a recorded fact comes from: a registered document, the place in it, and whether the
 * document states the fact or the secretariat interprets it (then with a note saying how).
 */
export function SourceFields({
  form,
  value,
  onChange,
  errors,
}: {
  form: string;
  value: SourceChoice;
  onChange: (value: SourceChoice) => void;
  errors: Record<string, string>;
}) {
  const [documents, setDocuments] = useState<SourceDocument[]>([]);
  useEffect(() => {
    getJson<SourceDocument[]>('/documents').then(setDocuments, () => setDocuments([]));
  }, []);
  const set = (change: Partial<SourceChoice>) => onChange({ ...value, ...change });
  return (
    <fieldset class="source-fields">
      <legend>Kilde</legend>
      <SelectField
        form={form}
        name="source"
        label="Dokument"
        value={value.document}
        onChange={(document) => set({ document })}
        errors={errors}
        options={[
          ['', 'Ingen dokument: sekretariatet registrerer det som skjer'],
          ...documents.map((d): [string, string] => [d.documentId, `${d.title} (${d.date.split('-').reverse().join('.')})`]),
        ]}
      />
      {value.document && (
        <>
          <Field
            form={form}
            name="locator"
            label="Hvor i dokumentet (side, lysark)"
            value={value.locator}
            onInput={(locator) => set({ locator })}
            errors={errors}
          />
          <SelectField
            form={form}
            name="basis"
            label="Grunnlag"
            value={value.basis}
            onChange={(basis) => set({ basis: basis as SourceChoice['basis'] })}
            errors={errors}
            options={[
              ['stated', 'Står i kilden'],
              ['interpreted', 'Tolkning (forklar i merknaden)'],
            ]}
          />
          <Field
            form={form}
            name="note"
            label="Merknad"
            value={value.note}
            onInput={(note) => set({ note })}
            errors={errors}
            required={value.basis === 'interpreted'}
            multiline
          />
        </>
      )}
    </fieldset>
  );
}
