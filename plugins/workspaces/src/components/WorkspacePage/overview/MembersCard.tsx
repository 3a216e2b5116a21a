import useAsync from 'react-use/esm/useAsync';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { memberRoleLabels } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage } from '../../shared';
import { ActionError } from '../header/ActionError';
import { FactTable } from './FactTable';

/** Who has a role in the workspace; the Settings tab changes them. */
export function MembersCard(props: { workspaceId: string }) {
  const api = useApi(workspacesApiRef);
  const { value, loading, error } = useAsync(
    () => api.listMembers(props.workspaceId),
    [api, props.workspaceId],
  );
  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ActionError
        title="Members could not be loaded"
        message={errorMessage(error)}
      />
    );
  } else {
    content = (
      <FactTable
        ariaLabel="Members"
        emptyText="No members besides the owner."
        facts={(value?.items ?? []).map(member => ({
          key: member.ref,
          label: <EntityRefLink entityRef={member.ref} />,
          value: memberRoleLabels[member.role],
        }))}
      />
    );
  }
  return (
    <InfoCard variant="gridItem" title="Members">
      {content}
    </InfoCard>
  );
}
