/**
 * A text field of the rules editor: edited freely, read when the user leaves it or presses Enter, and
 * refused with the reason while the text is not what the field takes (nothing is stored then).
 */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Parsed } from "./rulesEdit";
import { usePaneStyles } from "../../components/paneStyles";

export interface RuleInputProps<T> {
  readonly label: string;
  /** The stored value as text; the field starts from it (give the component a key that changes with it). */
  readonly value: string;
  readonly parse: (text: string) => Parsed<T>;
  readonly onCommit: (value: T | undefined) => void;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

export function RuleInput<T>({
  label,
  value,
  parse,
  onCommit,
  placeholder,
  hint,
  disabled,
}: RuleInputProps<T>) {
  const styles = usePaneStyles();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (text === value) return setProblem(null);
    const read = parse(text);
    if (!read.ok) return setProblem(read.reason);
    setProblem(null);
    onCommit(read.value);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={problem === null ? "none" : "error"}
      validationMessage={problem ?? undefined}
    >
      <Input
        className={styles.fill}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
