import { useState } from 'react';
import { Box, Typography } from '@material-ui/core';
import GroupIcon from '@material-ui/icons/Group';
import PersonIcon from '@material-ui/icons/Person';
import { CatalogAutocomplete } from '@backstage/plugin-catalog-react';
import {
  useMemberCandidates,
  type MemberCandidate,
} from './useMemberCandidates';

function CandidateOption(props: { candidate: MemberCandidate }) {
  const { candidate } = props;
  const Icon = candidate.kind === 'Group' ? GroupIcon : PersonIcon;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <Icon fontSize="small" aria-hidden="true" />
      <div>
        <Typography variant="body2">{candidate.displayName}</Typography>
        <Typography variant="caption" color="textSecondary">
          {candidate.kind === 'Group' ? 'Group' : 'User'} · {candidate.ref}
        </Typography>
      </div>
    </Box>
  );
}

/**
 * A user or group picked from the catalog by name, so only people who exist
 * can be added; the backend refuses any other ref.
 */
export function MemberPicker(props: {
  value: MemberCandidate | null;
  disabled: boolean;
  error?: string;
  onChange: (candidate: MemberCandidate | null) => void;
}) {
  const [search, setSearch] = useState('');
  const { candidates, loading, error } = useMemberCandidates(search);
  return (
    <CatalogAutocomplete<MemberCandidate>
      name="add-member"
      id="add-member-ref"
      label="User or group"
      options={candidates}
      loading={loading}
      loadingText="Searching the catalog…"
      value={props.value}
      disabled={props.disabled}
      onChange={(_event, candidate) => props.onChange(candidate)}
      inputValue={search}
      onInputChange={(_event, text) => setSearch(text)}
      // The catalog already filtered by what was typed.
      filterOptions={options => options}
      getOptionLabel={candidate => candidate.displayName}
      getOptionSelected={(option, chosen) => option.ref === chosen.ref}
      renderOption={candidate => <CandidateOption candidate={candidate} />}
      noOptionsText={
        error
          ? `The catalog could not be searched: ${error.message}`
          : 'No user or group matches; type part of a name'
      }
      TextFieldProps={{
        placeholder: 'Type a name, such as Dana or Data Engineering',
        error: Boolean(props.error),
        helperText:
          props.error ??
          (props.value
            ? props.value.ref
            : 'A user or group from the catalog, by name'),
      }}
    />
  );
}
