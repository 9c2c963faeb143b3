import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import type { ReactNode } from "react";
import { useUi } from "../i18n/ui";

/*
 * Form fields with their label, hint and errors wired for assistive technology: each control
 * points at its error text with aria-describedby and says aria-invalid when it has one.
 */

type Meta = FieldMetadata<any, any, any>;

export function ErrorList({ id, errors }: { id?: string; errors?: readonly string[] }) {
  return (
    <div id={id} className="field-errors" aria-live="polite">
      {errors?.length ? (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The form's own messages and a list of every field with a problem, linking to it. Without
 * JavaScript the page comes back scrolled to the top: this is what tells the user where to look.
 */
export function ErrorSummary({ form }: { form: FormMetadata<any, string[]> }) {
  const ui = useUi();
  const fieldErrors = Object.entries(form.allErrors).filter(([name]) => name !== "");
  if (!form.errors?.length && fieldErrors.length === 0) return <div role="alert" />;
  return (
    <div role="alert" className="notice error">
      <ErrorList id={form.errorId} errors={form.errors} />
      {fieldErrors.length ? (
        <>
          <p>
            {fieldErrors.length === 1 ? ui.form.oneError : ui.form.manyErrors(fieldErrors.length)} {ui.form.nothingSaved}
          </p>
          <ul>
            {fieldErrors.map(([name, errors]) => (
              <li key={name}>
                <a href={`#${form.id}-${name}`}>{errors.join(" ")}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A hint under a label, for the control that names it in aria-describedby. */
export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="field-hint">
      {children}
    </p>
  ) : null;
}

export function TextField({
  meta,
  label,
  hint,
  type = "text",
  autoComplete = "off",
}: {
  meta: Meta;
  label: string;
  hint?: ReactNode;
  type?: "text" | "date" | "email" | "password";
  autoComplete?: string;
}) {
  const hintId = `${meta.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <Hint id={hintId}>{hint}</Hint>
      <input
        {...getInputProps(meta, { type, ariaDescribedBy: hint ? hintId : undefined })}
        key={meta.key}
        autoComplete={autoComplete}
      />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaField({ meta, label, hint, rows = 3 }: { meta: Meta; label: string; hint?: ReactNode; rows?: number }) {
  const hintId = `${meta.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <Hint id={hintId}>{hint}</Hint>
      <textarea {...getTextareaProps(meta, { ariaDescribedBy: hint ? hintId : undefined })} key={meta.key} rows={rows} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function CheckboxField({ meta, label }: { meta: Meta; label: string }) {
  return (
    <div className="field field-checkbox">
      <input {...getInputProps(meta, { type: "checkbox" })} key={meta.key} />
      <label htmlFor={meta.id}>{label}</label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export interface Option {
  value: string;
  /** Its words; more than a line of them (a resource's name, numbers and what happens when you call) as elements. */
  label: ReactNode;
}

export function SelectField({ meta, label, options, emptyLabel }: { meta: Meta; label: string; options: Option[]; emptyLabel?: string }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta)} key={meta.key}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function ChoiceGroup({
  meta,
  legend,
  options,
  type,
  inline = false,
  spaced = false,
}: {
  meta: Meta;
  legend: string;
  options: Option[];
  type: "checkbox" | "radio";
  /** Options side by side where they fit (short answers, as in the follow-up). */
  inline?: boolean;
  /** Room between options of several lines each, so that each reads as one. */
  spaced?: boolean;
}) {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const className = ["field", "choice-group", inline && "inline", spaced && "spaced"].filter(Boolean).join(" ");
  return (
    <fieldset className={className} aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
      <legend>{legend}</legend>
      {getCollectionProps(meta, { type, options: options.map((o) => o.value) }).map((props) => (
        <div className="field-checkbox" key={props.id}>
          <input {...props} key={props.key} />
          <label htmlFor={props.id}>{labels.get(props.value)}</label>
        </div>
      ))}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

/**
 * A repeatable list (people, places, lines…). Add, remove and move buttons are form submissions
 * with an intent, so they work without JavaScript and keep everything typed so far.
 */
export function ItemList<Item>({
  form,
  meta,
  legend,
  itemLabel,
  addLabel,
  max,
  children,
}: {
  form: FormMetadata<any, any>;
  meta: FieldMetadata<Item[] | undefined, any, any>;
  legend: string;
  itemLabel: string;
  addLabel: string;
  max: number;
  children: (item: FieldMetadata<Item, any, any>, index: number) => ReactNode;
}) {
  const ui = useUi();
  const items = meta.getFieldList();
  return (
    <fieldset className="item-list" aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
      <legend>{legend}</legend>
      {items.length === 0 ? <p className="muted">{ui.form.nothingYet}</p> : null}
      <ol>
        {items.map((item, index) => (
          <li key={item.key ?? index} className="item">
            <fieldset>
              <legend>
                {itemLabel} {index + 1}
              </legend>
              {children(item, index)}
              <div className="item-actions">
                <button
                  type="submit"
                  className="secondary"
                  disabled={index === 0}
                  {...form.reorder.getButtonProps({ name: meta.name, from: index, to: index - 1 })}
                >
                  {ui.form.moveUp}<span className="visually-hidden"> {itemLabel} {index + 1}</span>
                </button>
                <button
                  type="submit"
                  className="secondary"
                  disabled={index === items.length - 1}
                  {...form.reorder.getButtonProps({ name: meta.name, from: index, to: index + 1 })}
                >
                  {ui.form.moveDown}<span className="visually-hidden"> {itemLabel} {index + 1}</span>
                </button>
                <button type="submit" className="danger" {...form.remove.getButtonProps({ name: meta.name, index })}>
                  {ui.form.remove}<span className="visually-hidden"> {itemLabel} {index + 1}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <ErrorList id={meta.errorId} errors={meta.errors} />
      {items.length < max ? (
        <button type="submit" className="secondary" {...form.insert.getButtonProps({ name: meta.name })}>
          {addLabel}
        </button>
      ) : (
        <p className="muted">{ui.form.listFull(max)}</p>
      )}
    </fieldset>
  );
}
