/** A workflow that is not in this release yet: says what it will do and what it will need from the workbook. */
import { Body1, Caption1, Card, CardHeader, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PlannedPanelProps {
  readonly title: string;
  readonly purpose: string;
  readonly steps: readonly string[];
  readonly needs: string;
}

export function PlannedPanel({ title, purpose, steps, needs }: PlannedPanelProps) {
  const styles = useStyles();
  return (
    <Card appearance="subtle" aria-label={`${title} (coming in a later release)`}>
      <CardHeader
        header={<Subtitle2>{title}</Subtitle2>}
        description={<Caption1>Coming in a later release</Caption1>}
      />
      <Body1>{purpose}</Body1>
      <ul className={styles.list}>
        {steps.map((s) => (
          <li key={s}>
            <Body1>{s}</Body1>
          </li>
        ))}
      </ul>
      <Caption1>{needs}</Caption1>
    </Card>
  );
}
