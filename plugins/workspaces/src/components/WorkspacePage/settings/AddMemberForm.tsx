import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import type { MemberRole } from '@oqullus/plugin-workspaces-common';
import { MemberPicker } from './MemberPicker';
import { RoleSelect } from './RoleSelect';
import type { MemberCandidate } from './useMemberCandidates';

/** Adds a user or group picked from the catalog, with a role. */
export function AddMemberForm(props: {
  busy: boolean;
  onAdd: (ref: string, role: MemberRole) => Promise<boolean>;
}) {
  const [candidate, setCandidate] = useState<MemberCandidate | null>(null);
  const [role, setRole] = useState<MemberRole>('viewer');
  const [tried, setTried] = useState(false);

  const submit = async () => {
    setTried(true);
    if (!candidate) {
      return;
    }
    if (await props.onAdd(candidate.ref, role)) {
      setCandidate(null);
      setTried(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="add-member-heading"
      onSubmit={event => {
        event.preventDefault();
        submit();
      }}
    >
      <Typography id="add-member-heading" variant="subtitle2" component="p">
        Add a member
      </Typography>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        style={{ gap: 16 }}
      >
        <Box flex="1 1 280px">
          <MemberPicker
            value={candidate}
            disabled={props.busy}
            error={
              tried && !candidate ? 'Pick a user or group first' : undefined
            }
            onChange={setCandidate}
          />
        </Box>
        <Box mt={3}>
          <RoleSelect
            id="add-member-role"
            label="Role"
            value={role}
            disabled={props.busy}
            onChange={setRole}
          />
        </Box>
        <Box mt={3}>
          <Button
            type="submit"
            variant="outlined"
            color="primary"
            disabled={props.busy}
          >
            Add member
          </Button>
        </Box>
      </Box>
    </form>
  );
}
