import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  approvalStateLabels,
  type WorkspaceApproval,
} from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../../shared';
import { FactTable, type Fact } from './FactTable';

/** The approval record: who asked, who decided, when and why. */
export function ApprovalCard(props: { approval: WorkspaceApproval }) {
  const { approval } = props;
  const facts: Fact[] = [
    { label: 'Approval', value: approvalStateLabels[approval.state] },
  ];
  if (approval.requestedBy) {
    facts.push({
      label: 'Requested by',
      value: <EntityRefLink entityRef={approval.requestedBy} />,
    });
  }
  if (approval.requestedAt) {
    facts.push({
      label: 'Requested',
      value: <RelativeTime iso={approval.requestedAt} />,
    });
  }
  if (approval.decidedBy) {
    facts.push({
      label: 'Decided by',
      value: <EntityRefLink entityRef={approval.decidedBy} />,
    });
  }
  if (approval.decidedAt) {
    facts.push({
      label: 'Decided',
      value: <RelativeTime iso={approval.decidedAt} />,
    });
  }
  if (approval.comment) {
    facts.push({ label: 'Comment', value: approval.comment });
  }
  return (
    <InfoCard variant="gridItem" title="Approval">
      <FactTable ariaLabel="Approval" facts={facts} />
    </InfoCard>
  );
}
