/** The small bin button that removes one item of an editable list, named for screen readers. */
import { Button } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";

export interface RemoveButtonProps {
  /** What it removes, e.g. "Remove row rule 2". */
  readonly label: string;
  readonly disabled: boolean;
  readonly onRemove: () => void;
}

export function RemoveButton({ label, disabled, onRemove }: RemoveButtonProps) {
  return (
    <Button
      aria-label={label}
      icon={<DeleteRegular />}
      appearance="subtle"
      disabled={disabled}
      onClick={onRemove}
    />
  );
}
