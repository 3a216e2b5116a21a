import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import {
  Progress,
  Table,
  type TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  AccountResourceKind,
  AccountResourceValidation,
  AccountResourceWithUsage,
} from '@oqullus/plugin-workspaces-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { workspacesApiRef } from '../../api';
import { errorMessage } from '../shared';
import { accountKindLabels } from './accountKinds';
import { DeleteResourceDialog } from './DeleteResourceDialog';
import { AccountResourceDialog } from './form/AccountResourceDialog';
import { ownerLabel } from './ownerLabel';
import { ResourceActions } from './ResourceActions';
import { UsedByList } from './UsedByList';
import { ValidationStatus } from './ValidationStatus';

type Row = AccountResourceWithUsage;
type Editing = { mode: 'register' } | { mode: 'edit'; resource: Row };

/** One kind's resources as a table, with register, check, edit and delete. */
export function AccountResourceTab(props: {
  kind: AccountResourceKind;
  canManage: boolean;
}) {
  const { kind, canManage } = props;
  const api = useApi(workspacesApiRef);
  const labels = accountKindLabels[kind];
  const list = useAsyncRetry(() => api.listAccountResources(kind), [api, kind]);
  // Fresh check results, shown until the list is loaded again.
  const [checks, setChecks] = useState<
    Record<string, AccountResourceValidation>
  >({});
  const [checking, setChecking] = useState<string>();
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<Row>();

  const reload = () => {
    setChecks({});
    list.retry();
  };

  const check = async (resource: Row) => {
    setChecking(resource.name);
    setNotice(undefined);
    try {
      const validation = await api.checkAccountResource(kind, resource.name);
      setChecks(previous => ({ ...previous, [resource.name]: validation }));
      setNotice({ text: `Checked ${resource.name}: ${validation.status}` });
    } catch (error) {
      setNotice({ text: errorMessage(error), error: true });
    } finally {
      setChecking(undefined);
    }
  };

  const columns: TableColumn<Row>[] = [
    {
      title: 'Resource',
      field: 'title',
      render: row => (
        <>
          <Typography variant="body2">
            <strong>{row.title}</strong>
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {row.name}
          </Typography>
        </>
      ),
    },
    {
      title: 'Description',
      field: 'description',
      width: '22%',
      render: row => <Typography variant="body2">{row.description}</Typography>,
    },
    {
      title: 'Owner',
      field: 'owner',
      render: row => (
        <Typography variant="body2" title={row.owner}>
          {row.owner ? ownerLabel(row.owner) : '—'}
        </Typography>
      ),
    },
    {
      title: 'Origin',
      field: 'origin',
      render: row => (
        <Typography variant="body2">
          {row.origin === 'config'
            ? 'Declared in app-config (read-only)'
            : 'Registered here'}
        </Typography>
      ),
    },
    {
      title: 'Validation',
      // Check messages are sentences with long variable names: give them room.
      cellStyle: { minWidth: 260 },
      render: row => (
        <ValidationStatus validation={checks[row.name] ?? row.validation} />
      ),
    },
    {
      title: 'Used by',
      render: row => <UsedByList usedBy={row.usedBy} />,
    },
  ];
  if (canManage) {
    columns.push({
      title: 'Actions',
      render: row => (
        <ResourceActions
          resource={row}
          checking={checking === row.name}
          onCheck={() => check(row)}
          onEdit={() => setEditing({ mode: 'edit', resource: row })}
          onDelete={() => setDeleting(row)}
        />
      ),
    });
  }

  if (list.loading && !list.value) {
    return <Progress />;
  }
  if (list.error) {
    return (
      <WarningPanel
        severity="error"
        title={`Could not load the ${labels.plural.toLowerCase()}`}
        message={errorMessage(list.error)}
        defaultExpanded
      />
    );
  }
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        mb={2}
      >
        {/* The grey page background is too dark for textSecondary (axe color-contrast). */}
        <Typography variant="body2">
          {canManage
            ? 'Resources declared in app-config are changed there; those registered here can be edited and deleted.'
            : 'You can see these resources. Changing them needs the Account Owner or Admin role.'}
        </Typography>
        {canManage && (
          <Button
            variant="contained"
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => setEditing({ mode: 'register' })}
          >
            Register {labels.singular}
          </Button>
        )}
      </Box>
      {notice && (
        <Typography
          role="status"
          variant="body2"
          color={notice.error ? 'error' : 'textPrimary'}
          gutterBottom
        >
          {notice.text}
        </Typography>
      )}
      <Table<Row>
        title={labels.plural}
        columns={columns}
        data={list.value?.items ?? []}
        // A handful of rows per account needs no sorting, and material-table's
        // sort labels are buttons nested in the header cells (axe nested-interactive).
        options={{
          paging: false,
          search: false,
          sorting: false,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography variant="body2">
              No {labels.plural.toLowerCase()} yet.
            </Typography>
          </Box>
        }
      />
      {editing && (
        <AccountResourceDialog
          kind={kind}
          resource={editing.mode === 'edit' ? editing.resource : undefined}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
      {deleting && (
        <DeleteResourceDialog
          kind={kind}
          resource={deleting}
          onClose={() => setDeleting(undefined)}
          onDeleted={() => {
            setDeleting(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}
