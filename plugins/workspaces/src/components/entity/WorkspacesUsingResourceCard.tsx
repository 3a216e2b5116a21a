import useAsync from 'react-use/esm/useAsync';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  List,
  ListItem,
  ListItemSecondaryAction,
  ListItemText,
  Typography,
} from '@material-ui/core';
import {
  accountResourceKinds,
  type AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { workspaceRouteRef } from '../../routes';
import { errorMessage, StatusChip } from '../shared';

/** A popular template is used by hundreds of workspaces; the card names the first few. */
const SHOWN_WORKSPACES = 10;

const accountResourceAnnotation = 'oqullus.io/account-resource';

/** How each kind reads in a sentence: "stack-templates" is a "stack template". */
const singularKindNames: Record<AccountResourceKind, string> = {
  'stack-templates': 'stack template',
  'cloud-credentials': 'cloud credential',
  'state-storages': 'state storage',
  networks: 'network',
};

/** `<kind>/<name>` from the annotation the catalog module writes, or why it cannot be read. */
function parseAccountResourceAnnotation(
  value: string | undefined,
): { kind: AccountResourceKind; name: string } | { problem: string } {
  const [kind, name, ...rest] = (value ?? '').split('/');
  if (
    !accountResourceKinds.includes(kind as AccountResourceKind) ||
    !name ||
    rest.length
  ) {
    return {
      problem: `This entity's ${accountResourceAnnotation} annotation must be <kind>/<name> with kind one of ${accountResourceKinds.join(
        ', ',
      )}; it is "${value ?? ''}".`,
    };
  }
  return { kind: kind as AccountResourceKind, name };
}

/**
 * On a stack template, credential, storage or network entity: the live
 * workspaces built from it, which is also why it cannot be removed yet.
 *
 * @public
 */
export function WorkspacesUsingResourceCard() {
  const { entity } = useEntity();
  const api = useApi(workspacesApiRef);
  const workspaceLink = useRouteRef(workspaceRouteRef);
  const resource = parseAccountResourceAnnotation(
    entity.metadata.annotations?.[accountResourceAnnotation],
  );
  const kindName =
    'kind' in resource ? singularKindNames[resource.kind] : 'resource';

  const { value, loading, error } = useAsync(async () => {
    if ('problem' in resource) {
      throw new Error(resource.problem);
    }
    return api.getAccountResource(resource.kind, resource.name);
  }, [api, entity.metadata.annotations?.[accountResourceAnnotation]]);

  const usedBy = value?.usedBy ?? [];
  const shown = usedBy.slice(0, SHOWN_WORKSPACES);
  return (
    <InfoCard title={`Workspaces using this ${kindName}`}>
      {loading && <Progress />}
      {error && (
        <Typography color="error" role="alert">
          {errorMessage(error)}
        </Typography>
      )}
      {value && usedBy.length === 0 && (
        <Typography variant="body2">
          No live workspace that you may see uses this {kindName}.
        </Typography>
      )}
      {usedBy.length > 0 && (
        <List dense aria-label={`Workspaces using this ${kindName}`}>
          {shown.map(workspace => (
            <ListItem key={workspace.id}>
              <ListItemText
                primary={
                  <Link to={workspaceLink({ id: workspace.id })}>
                    {workspace.name}
                  </Link>
                }
                secondary={workspace.externalId}
              />
              <ListItemSecondaryAction>
                <StatusChip
                  status={workspace.status}
                  approval={workspace.approval.state}
                />
              </ListItemSecondaryAction>
            </ListItem>
          ))}
        </List>
      )}
      {usedBy.length > shown.length && (
        <Typography variant="body2">
          and {usedBy.length - shown.length} more workspaces
        </Typography>
      )}
    </InfoCard>
  );
}
