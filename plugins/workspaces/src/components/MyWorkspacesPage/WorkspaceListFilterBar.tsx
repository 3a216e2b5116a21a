import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Box,
  Button,
  ButtonGroup,
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  Paper,
  Select,
  TextField,
} from '@material-ui/core';
import {
  workspaceStatuses,
  workspaceStatusLabels,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import {
  viewTitles,
  type WorkspaceListFilters,
  type WorkspaceListView,
} from './workspaceListFilters';

/** Long enough that typing a word sends one request, short enough to feel live. */
const searchDebounceMs = 300;

/**
 * The views offered (Mine, All, Awaiting my approval), status and text search;
 * the search reports only once typing pauses.
 */
export function WorkspaceListFilterBar(props: {
  filters: WorkspaceListFilters;
  onChange: (filters: WorkspaceListFilters) => void;
  /** The views to switch between; with fewer than two there is nothing to switch. */
  views: WorkspaceListView[];
  /** The number of requests awaiting approval, for that view's label, once known. */
  awaitingApprovalCount?: string;
}) {
  const { filters, onChange } = props;
  const [searchText, setSearchText] = useState(filters.q);
  // useDebounce calls the latest closure, so the other filters are current.
  useDebounce(
    () => {
      if (searchText !== filters.q) {
        onChange({ ...filters, q: searchText });
      }
    },
    searchDebounceMs,
    [searchText],
  );

  return (
    // On a Paper: the outlined fields' grey labels lack contrast on the page's grey background.
    <Box
      component={Paper}
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      mb={2}
      p={2}
      style={{ gap: 16 }}
    >
      {props.views.length > 1 && (
        <ButtonGroup color="primary" aria-label="Which workspaces">
          {props.views.map(view => (
            <Button
              key={view}
              variant={filters.view === view ? 'contained' : 'outlined'}
              aria-pressed={filters.view === view}
              onClick={() => onChange({ ...filters, view })}
            >
              {view === 'awaiting-approval' &&
              props.awaitingApprovalCount !== undefined
                ? `${viewTitles[view]} (${props.awaitingApprovalCount})`
                : viewTitles[view]}
            </Button>
          ))}
        </ButtonGroup>
      )}
      <FormControl variant="outlined" size="small" style={{ minWidth: 220 }}>
        <InputLabel id="workspace-status-filter-label">Status</InputLabel>
        <Select
          labelId="workspace-status-filter-label"
          label="Status"
          multiple
          value={filters.statuses}
          onChange={event =>
            onChange({
              ...filters,
              statuses: event.target.value as WorkspaceStatus[],
            })
          }
          renderValue={selected =>
            (selected as WorkspaceStatus[])
              .map(status => workspaceStatusLabels[status])
              .join(', ')
          }
        >
          {workspaceStatuses.map(status => (
            <MenuItem key={status} value={status}>
              <Checkbox
                checked={filters.statuses.includes(status)}
                color="primary"
                size="small"
              />
              <ListItemText primary={workspaceStatusLabels[status]} />
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <TextField
        id="workspace-search"
        label="Search"
        placeholder="Name, external id or description"
        variant="outlined"
        size="small"
        type="search"
        value={searchText}
        onChange={event => setSearchText(event.target.value)}
        style={{ minWidth: 300 }}
      />
    </Box>
  );
}
