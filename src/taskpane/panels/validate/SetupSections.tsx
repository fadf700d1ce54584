/** The review before a run, as collapsible sections: column mapping, related tables, and the rules. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge } from "@fluentui/react-components";
import type { LookupRole } from "../../../core/validate";
import type { MappingProposal, ValidationService } from "../../../services/validation";
import type { KeyTarget } from "./KeyRulesEditor";
import { MappingReview } from "./MappingReview";
import { RelatedTables } from "./RelatedTables";
import { RulesSection } from "./RulesSection";
import { setMapping } from "./rulesEdit";
import type { RulesDraft } from "./useRulesDraft";

export interface SetupSectionsProps {
  readonly service: ValidationService;
  readonly table: string;
  readonly headers: readonly string[];
  /** The other tables of the workbook, for the related-table choices and the foreign keys. */
  readonly others: readonly KeyTarget[];
  readonly proposal: MappingProposal;
  readonly draft: RulesDraft;
  readonly lookupChoices: Readonly<Record<string, string | null>>;
  readonly onLookup: (role: LookupRole, table: string | null | undefined) => void;
  readonly disabled: boolean;
}

export function SetupSections(p: SetupSectionsProps) {
  const { proposal, draft, disabled } = p;
  const missing = proposal.fields.filter((f) => f.required && f.header === null).length;
  return (
    <Accordion multiple collapsible>
      <AccordionItem value="mapping">
        <AccordionHeader size="small" data-testid="section-mapping">
          Column mapping&nbsp;{missing > 0 && <Badge color="danger">{`${missing} missing`}</Badge>}
        </AccordionHeader>
        <AccordionPanel>
          <MappingReview
            proposal={proposal}
            headers={p.headers}
            map={draft.draft.map ?? {}}
            onMap={(f, h) => draft.update((r) => setMapping(r, f, h))}
            disabled={disabled}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="related">
        <AccordionHeader size="small" data-testid="section-related">
          Related tables ({proposal.lookups.length})
        </AccordionHeader>
        <AccordionPanel>
          <RelatedTables
            lookups={proposal.lookups}
            tables={p.others.map((t) => t.name)}
            choices={p.lookupChoices}
            onChoose={p.onLookup}
            disabled={disabled}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="rules">
        <AccordionHeader size="small" data-testid="section-rules">
          Rules&nbsp;
          {draft.dirty && (
            <Badge appearance="tint" color="warning">
              unsaved
            </Badge>
          )}
        </AccordionHeader>
        <AccordionPanel>
          <RulesSection
            service={p.service}
            table={p.table}
            headers={p.headers}
            others={p.others}
            fields={proposal.fields}
            isLedger={proposal.kind === "ledger"}
            draft={draft}
            disabled={disabled}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
